/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must stay real Node modules (native/wasm/pg),
  // not bundled by Next.
  serverExternalPackages: ["graphile-worker", "pg", "nodemailer", "@prisma/adapter-pg", "smtp-server", "mailparser"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
