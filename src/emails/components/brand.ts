/** How every email (and chat footer) presents the organisation; set under Settings → Branding. */
export type TBrand = { productName: string; logoUrl: string | null; accentColor: string; footerText: string | null; supportUrl: string | null };

/** Today's look, until an admin sets a brand. */
export const DEFAULT_BRAND: TBrand = { productName: "OpsConductor Notify", logoUrl: null, accentColor: "#4f46e5", footerText: null, supportUrl: null };
