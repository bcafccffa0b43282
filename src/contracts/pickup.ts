import { z } from 'zod';

/**
 * Pickup: the desk's counters and opening hours, result pickup bookings, walk-in queue numbers and
 * postal delivery of results (bưu chính công ích). Shared by the server and the web app.
 */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ dạng HH:MM / time as HH:MM');
export const Weekday = z.number().int().min(1).max(7);
export const Session = z.enum(['morning', 'afternoon']);
export const ServiceLetter = z.string().regex(/^[A-Z]$/, 'Một chữ cái in hoa A–Z / one capital letter A–Z');

export const weekdayLabels: Record<number, { vi: string; en: string }> = {
  1: { vi: 'Thứ Hai', en: 'Monday' },
  2: { vi: 'Thứ Ba', en: 'Tuesday' },
  3: { vi: 'Thứ Tư', en: 'Wednesday' },
  4: { vi: 'Thứ Năm', en: 'Thursday' },
  5: { vi: 'Thứ Sáu', en: 'Friday' },
  6: { vi: 'Thứ Bảy', en: 'Saturday' },
  7: { vi: 'Chủ Nhật', en: 'Sunday' },
};

export const OpeningHours = z
  .object({ weekday: Weekday, session: Session, opens: time, closes: time })
  .refine((h) => h.opens < h.closes, {
    message: 'Giờ mở phải trước giờ đóng / opening must be before closing',
    path: ['closes'],
  })
  .refine((h) => (h.session === 'morning' ? h.closes <= '12:30' : h.opens >= '12:00'), {
    message:
      'Buổi sáng kết thúc trước 12:30, buổi chiều bắt đầu từ 12:00 / morning ends by 12:30, afternoon starts at 12:00',
    path: ['session'],
  });

export const CounterInput = z.object({
  number: z.number().int().min(1).max(99),
  name: z.string().trim().min(2).max(120),
  services: z.array(ServiceLetter).max(26),
  active: z.boolean().default(true),
});

export const ServiceInput = z.object({
  letter: ServiceLetter,
  nameVi: z.string().trim().min(2).max(120),
  nameEn: z.string().trim().min(2).max(120),
});

export const DeskSettingsInput = z
  .object({
    slotMinutes: z.number().int().min(5).max(120),
    slotCapacity: z.number().int().min(1).max(500),
    horizonDays: z.number().int().min(1).max(90),
    hours: z.array(OpeningHours).max(14),
    services: z.array(ServiceInput).max(26),
    counters: z.array(CounterInput).max(99),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.hours.forEach((h, i) => {
      const key = `${h.weekday}-${h.session}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['hours', i], message: 'Trùng buổi / session listed twice' });
      seen.add(key);
    });
    const letters = new Set(v.services.map((s) => s.letter));
    if (letters.size !== v.services.length)
      ctx.addIssue({ code: 'custom', path: ['services'], message: 'Trùng chữ cái / letter used twice' });
    const numbers = new Set(v.counters.map((c) => c.number));
    if (numbers.size !== v.counters.length)
      ctx.addIssue({
        code: 'custom',
        path: ['counters'],
        message: 'Trùng số quầy / counter number used twice',
      });
    v.counters.forEach((c, i) => {
      c.services.forEach((l, j) => {
        if (!letters.has(l))
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'services', j],
            message: 'Dịch vụ không có trong danh sách / not one of the services',
          });
      });
    });
  });
export type DeskSettingsInput = z.infer<typeof DeskSettingsInput>;

export const Counter = z.object({
  id: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  services: z.array(z.string()),
  active: z.boolean(),
});
export const Service = z.object({ letter: z.string(), nameVi: z.string(), nameEn: z.string() });

export const DeskSettings = z.object({
  agencyId: z.uuid(),
  agencyName: z.string(),
  configured: z.boolean(),
  slotMinutes: z.number().int(),
  slotCapacity: z.number().int(),
  horizonDays: z.number().int(),
  hours: z.array(
    z.object({ weekday: z.number().int(), session: Session, opens: z.string(), closes: z.string() }),
  ),
  services: z.array(Service),
  counters: z.array(Counter),
  updatedAt: z.iso.datetime().nullable(),
});

export const Desk = z.object({
  agencyId: z.uuid(),
  name: z.string(),
  address: z.string().nullable(),
  /** The commune's people's committee a desk (TTPVHCC) serves; officials hold their roles there. */
  parentId: z.uuid().nullable().optional(),
});

export const Slot = z.object({
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  capacity: z.number().int(),
  free: z.number().int(),
});
export const SlotDay = z.object({ date: z.iso.date(), slots: z.array(Slot) });
export const FreeSlots = z.object({
  desk: Desk,
  dossierCode: z.string(),
  earliestDate: z.iso.date(),
  days: z.array(SlotDay),
  /** Days in the range the desk is closed on, with the holiday's name (Tết, Quốc khánh…). */
  closedDays: z.array(z.object({ date: z.iso.date(), holiday: z.string().nullable() })),
});

export const BookingStatus = z.enum(['booked', 'cancelled', 'served']);
export const bookingStatusLabels: Record<z.infer<typeof BookingStatus>, { vi: string; en: string }> = {
  booked: { vi: 'Đã đặt lịch', en: 'Booked' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  served: { vi: 'Đã nhận kết quả', en: 'Served' },
};

export const Booking = z.object({
  id: z.uuid(),
  code: z.string(),
  dossierId: z.uuid(),
  dossierCode: z.string(),
  desk: Desk,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: BookingStatus,
  createdAt: z.iso.datetime(),
});
export type Booking = z.infer<typeof Booking>;

export const BookRequest = z.object({ dossierId: z.uuid(), startsAt: z.iso.datetime({ offset: true }) });
export const MoveRequest = z.object({ startsAt: z.iso.datetime({ offset: true }) });
/** The receiver serves a booking at their counter. */
export const ServeRequest = z.object({ counterId: z.uuid() });

export const DayBooking = z.object({
  id: z.uuid(),
  code: z.string(),
  dossierId: z.uuid(),
  dossierCode: z.string(),
  applicantName: z.string(),
  dossierState: z.string(),
  startsAt: z.iso.datetime(),
  status: BookingStatus,
  /** The counter that served it; null while it is still to come. */
  counterNumber: z.number().int().nullable(),
});
export const DayBookings = z.object({
  date: z.iso.date(),
  desk: Desk,
  slotMinutes: z.number().int(),
  items: z.array(DayBooking),
});

// Queue numbers (số thứ tự)
export const TicketStatus = z.enum(['waiting', 'called', 'served', 'no_show']);
export const ticketStatusLabels: Record<z.infer<typeof TicketStatus>, { vi: string; en: string }> = {
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  called: { vi: 'Đang phục vụ', en: 'Being served' },
  served: { vi: 'Đã phục vụ', en: 'Served' },
  no_show: { vi: 'Vắng mặt', en: 'No-show' },
};
export const Ticket = z.object({
  id: z.uuid(),
  number: z.string(),
  letter: z.string(),
  serviceName: z.object({ vi: z.string(), en: z.string() }),
  status: TicketStatus,
  counterNumber: z.number().int().nullable(),
  takenAt: z.iso.datetime(),
  calledAt: z.iso.datetime().nullable(),
  waitingBefore: z.number().int(),
});
export const TakeTicketRequest = z.object({ letter: ServiceLetter });
export const KioskInfo = z.object({
  desk: Desk,
  services: z.array(Service.extend({ waiting: z.number().int() })),
});
export const CounterCall = z.object({ counterId: z.uuid() });
export const TicketAction = z.enum(['recall', 'serve', 'no_show']);
export const CounterBoard = z.object({
  counter: Counter,
  current: Ticket.nullable(),
  waiting: z.array(z.object({ letter: z.string(), count: z.number().int(), next: z.string().nullable() })),
});
export const DisplayBoard = z.object({
  desk: Desk,
  date: z.iso.date(),
  calls: z.array(
    z.object({
      number: z.string(),
      counterNumber: z.number().int(),
      counterName: z.string(),
      calledAt: z.iso.datetime(),
    }),
  ),
  waiting: z.number().int(),
});
/** What the waiting-room screen receives over Server-Sent Events when a number is called. */
export const QueueEvent = z.object({
  kind: z.enum(['called', 'recalled', 'taken', 'ended']),
  number: z.string(),
  counterNumber: z.number().int().nullable(),
  counterName: z.string().nullable(),
  at: z.iso.datetime(),
});

// Postal delivery (bưu chính công ích)
export const PostalScope = z.enum(['intra_province', 'inter_province']);
export const PostalStatus = z.enum(['requested', 'dispatched', 'delivered', 'cancelled']);
export const postalStatusLabels: Record<z.infer<typeof PostalStatus>, { vi: string; en: string }> = {
  requested: { vi: 'Đã đăng ký nhận qua bưu chính', en: 'Requested' },
  dispatched: { vi: 'Đã gửi bưu điện', en: 'Dispatched' },
  delivered: { vi: 'Đã phát thành công', en: 'Delivered' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};
export const PostalRequestInput = z.object({
  dossierId: z.uuid(),
  recipientName: z.string().trim().min(2).max(120),
  phone: z
    .string()
    .trim()
    .regex(/^0\d{9}$/, 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 / 10 digits starting with 0'),
  addressLine: z.string().trim().min(5).max(250),
  unitCode: z.string().regex(/^\d{5}$/, 'Chọn xã, phường / choose a commune'),
});
export const PostalQuote = z.object({
  scope: PostalScope,
  feeVnd: z.number().int(),
  legalBasis: z.string(),
  unitName: z.string(),
});
export const PostalRequest = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  dossierCode: z.string(),
  recipientName: z.string(),
  phone: z.string(),
  addressLine: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  scope: PostalScope,
  feeVnd: z.number().int(),
  status: PostalStatus,
  trackingNumber: z.string().nullable(),
  createdAt: z.iso.datetime(),
  dispatchedAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
});
export const DispatchRequest = z.object({
  trackingNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{6,20}$/, 'Mã bưu gửi 6–20 chữ số hoặc chữ cái / 6–20 letters or digits'),
});

/** The pickup panel on a citizen's dossier page: what they have and what they may do. */
export const DossierPickup = z.object({
  eligible: z.boolean(),
  /** Why not, when not eligible: the dossier's state does not allow it yet, or it is over. */
  reason: z.enum(['no_appointment', 'ended', 'no_desk']).nullable(),
  booking: Booking.nullable(),
  postal: PostalRequest.nullable(),
});
