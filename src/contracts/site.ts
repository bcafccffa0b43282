import { z } from 'zod';

/**
 * `GET /api/v1/site`: what every face shows in its header and footer.
 * The contact fields are optional so a deployment can start without them; the web shows
 * "đang cập nhật" until they are configured.
 */
export const SiteAgency = z.object({
  name: z.string().min(1).max(200),
  /** Organisation id (mã định danh cơ quan), QĐ 20/2020, e.g. `000.00.00.H56`. */
  code: z.string().min(1).max(40),
  address: z.string().min(1).max(300).optional(),
  hotline: z.string().min(1).max(40).optional(),
  email: z.email().max(200).optional(),
});
export type SiteAgency = z.infer<typeof SiteAgency>;

export const SiteInfo = z.object({
  /** Product name shown beside the logo, `Cửa Số` unless the deployment renames it. */
  name: z.string().min(1).max(100),
  agency: SiteAgency,
  /** True on demo deployments: the web shows a banner saying the data has no legal value. */
  demo: z.boolean(),
});
export type SiteInfo = z.infer<typeof SiteInfo>;
