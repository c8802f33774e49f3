import { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { DEFAULT_BRAND, type TBrand } from "@/emails/components/brand";

export { DEFAULT_BRAND, type TBrand } from "@/emails/components/brand";

const httpsUrl = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).max(2048);

export const ZBrandingInput = z.strictObject({
  product_name: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters"),
  logo_url: httpsUrl.nullish(),
  accent_color: z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #4f46e5"),
  footer_text: z.string().trim().max(500, "must be at most 500 characters").nullish(),
  support_url: httpsUrl.nullish(),
});
export type TBrandingInput = z.input<typeof ZBrandingInput>;

export function toBrandingView(brand: TBrand) {
  return { product_name: brand.productName, logo_url: brand.logoUrl, accent_color: brand.accentColor, footer_text: brand.footerText, support_url: brand.supportUrl };
}

const TTL_MS = 10_000;
let cached: { at: number; brand: Promise<TBrand> } | undefined;

/** The brand every email and chat footer uses; read at most every 10 s per process. */
export function currentBrand(): Promise<TBrand> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const brand = db()
      .branding.findUnique({ where: { id: 1 } })
      .then((row) => (row ? { productName: row.productName, logoUrl: row.logoUrl, accentColor: row.accentColor, footerText: row.footerText, supportUrl: row.supportUrl } : DEFAULT_BRAND));
    cached = { at: Date.now(), brand };
    brand.catch(() => (cached = undefined));
  }
  return cached.brand;
}

export async function saveBranding(options: { input: TBrandingInput | unknown; actor: string }) {
  const input = parseInput(ZBrandingInput, options.input);
  const data = {
    productName: input.product_name,
    logoUrl: input.logo_url ?? null,
    accentColor: input.accent_color.toLowerCase(),
    footerText: input.footer_text || null,
    supportUrl: input.support_url ?? null,
    updatedBy: options.actor,
  };
  await db().$transaction(async (tx) => {
    const before = await tx.branding.findUnique({ where: { id: 1 } });
    await tx.branding.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    const snapshot = (row: Omit<typeof data, "updatedBy">) => ({ product_name: row.productName, logo_url: row.logoUrl, accent_color: row.accentColor, footer_text: row.footerText, support_url: row.supportUrl });
    await recordAudit(tx, { action: "branding.updated", target: { type: "branding", label: "branding" }, before: before ? snapshot(before) : null, after: snapshot(data) });
  });
  cached = undefined;
  return toBrandingView(await currentBrand());
}
