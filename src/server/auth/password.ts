import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { AppError } from "@/server/errors/app-error";
import { boundedConcurrency } from "@/server/rate-limits/bounded-concurrency";

// scrypt with OWASP's minimum parameters (N=2^17, r=8, p=1): a real, memory-hard
// password hash from Node's standard library, so no native addon is needed.
const PARAMS = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_LENGTH = 32;

// Each hash holds one of libuv's four threads (and 128 MiB) for a few hundred
// milliseconds, and DNS lookups and file reads share those threads: unbounded, a
// burst of sign-in attempts would stall delivery's lookups behind it. So two
// hashes run at once per process, a few wait, and the rest are refused.
export const HASH_CONCURRENCY = 2;
export const HASH_QUEUE = 8;
const withHashSlot = boundedConcurrency({
  running: HASH_CONCURRENCY,
  waiting: HASH_QUEUE,
  refuse: () => new AppError("SERVICE_UNAVAILABLE", "The server is busy checking other sign-ins; try again in a few seconds."),
});

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return withHashSlot(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, params, (error, key) => (error ? reject(error) : resolve(key)));
      }),
  );
}

/** Returns `scrypt$N$r$p$salt$hash` (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
