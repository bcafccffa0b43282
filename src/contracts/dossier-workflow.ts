/**
 * The one-stop workflow as data, shared by server and web: states, the national status code each
 * maps onto (Cổng DVCQG TrangThaiHoSo 1–10), and the transition table (state × action → next
 * state, who may do it). The server derives a dossier's state from its append-only action log
 * with this table; the web shows the allowed actions from it.
 */
export const DOSSIER_STATES = [
  'submitted',
  'refused',
  'received',
  'processing',
  'supplement_requested',
  'awaiting_approval',
  'awaiting_signature',
  'fee_requested',
  'withdrawn',
  'stopped',
  'result_ready',
  'returned',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const stateInfo: Record<
  DossierState,
  { national: number; vi: string; en: string; terminal?: boolean }
> = {
  submitted: { national: 1, vi: 'Mới đăng ký', en: 'Submitted' },
  refused: { national: 3, vi: 'Không được tiếp nhận', en: 'Refused at intake', terminal: true },
  received: { national: 2, vi: 'Đã tiếp nhận', en: 'Received' },
  processing: { national: 4, vi: 'Đang xử lý', en: 'In processing' },
  supplement_requested: { national: 5, vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  awaiting_approval: { national: 4, vi: 'Chờ lãnh đạo duyệt', en: 'Awaiting approval' },
  awaiting_signature: { national: 4, vi: 'Chờ ký số', en: 'Awaiting signature' },
  fee_requested: { national: 6, vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Fees requested' },
  withdrawn: { national: 7, vi: 'Công dân rút hồ sơ', en: 'Withdrawn by the applicant', terminal: true },
  stopped: { national: 8, vi: 'Dừng xử lý', en: 'Processing stopped', terminal: true },
  result_ready: { national: 9, vi: 'Đã xử lý xong', en: 'Result ready' },
  returned: { national: 10, vi: 'Đã trả kết quả', en: 'Result handed over', terminal: true },
};

/** National code → name, as the national portal publishes them. */
export const NATIONAL_STATUS: Record<number, { vi: string; en: string }> = {
  1: { vi: 'Mới đăng ký', en: 'Newly registered' },
  2: { vi: 'Được tiếp nhận', en: 'Received' },
  3: { vi: 'Không được tiếp nhận', en: 'Not received' },
  4: { vi: 'Đang xử lý', en: 'In processing' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligations requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawal requested by the citizen' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const DOSSIER_ACTIONS = [
  'submit',
  'accept',
  'refuse',
  'request_supplement',
  'complete_supplement',
  'assign',
  'forward',
  'send_back',
  'propose',
  'approve',
  'sign',
  'record_result',
  'return_result',
  'stop',
  'withdraw',
  'extend',
  'request_fee',
  'confirm_fee',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Who acts: staff roles, or the applicant themself. */
export type Performer = 'applicant' | 'receiver' | 'specialist' | 'leader' | 'system';

export type Transition = {
  action: DossierAction;
  from: readonly DossierState[];
  /** 'same' keeps the state; 'resume' goes back to the state before the supplement request. */
  to: DossierState | 'same' | 'resume';
  by: readonly Performer[];
  /** The action needs a written reason (refusal, send back, stop, extension…). */
  needsReason?: boolean;
};

const OPEN: DossierState[] = [
  'received',
  'processing',
  'awaiting_approval',
  'awaiting_signature',
  'fee_requested',
];

export const actionInfo: Record<DossierAction, { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Request a supplement' },
  complete_supplement: { vi: 'Bổ sung hồ sơ', en: 'Complete the supplement' },
  assign: { vi: 'Phân công xử lý', en: 'Assign' },
  forward: { vi: 'Chuyển chuyên viên khác', en: 'Forward' },
  send_back: { vi: 'Trả lại bước trước', en: 'Send back' },
  propose: { vi: 'Trình lãnh đạo duyệt', en: 'Send for approval' },
  approve: { vi: 'Duyệt, chuyển ký', en: 'Approve and send for signing' },
  sign: { vi: 'Ký số kết quả', en: 'Sign the result' },
  record_result: { vi: 'Cập nhật kết quả', en: 'Record the result' },
  return_result: { vi: 'Trả kết quả', en: 'Hand the result over' },
  stop: { vi: 'Dừng xử lý', en: 'Stop processing' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  extend: { vi: 'Xin lỗi và gia hạn', en: 'Apologise and extend' },
  request_fee: { vi: 'Yêu cầu nộp phí, lệ phí', en: 'Request fees' },
  confirm_fee: { vi: 'Xác nhận đã nộp phí', en: 'Confirm fees paid' },
};

/** The standard one-stop workflow (NĐ 61/2018 as amended: receive → process → approve → sign → return). */
export const STANDARD_WORKFLOW: readonly Transition[] = [
  { action: 'accept', from: ['submitted'], to: 'received', by: ['receiver'] },
  { action: 'refuse', from: ['submitted'], to: 'refused', by: ['receiver'], needsReason: true },
  {
    action: 'request_supplement',
    from: ['submitted', 'received', 'processing'],
    to: 'supplement_requested',
    by: ['receiver', 'specialist'],
    needsReason: true,
  },
  {
    action: 'complete_supplement',
    from: ['supplement_requested'],
    to: 'resume',
    by: ['applicant', 'receiver'],
  },
  { action: 'assign', from: ['received'], to: 'processing', by: ['receiver', 'leader'] },
  { action: 'forward', from: ['processing'], to: 'processing', by: ['specialist', 'leader'] },
  { action: 'send_back', from: ['processing'], to: 'received', by: ['specialist'], needsReason: true },
  {
    action: 'send_back',
    from: ['awaiting_approval', 'awaiting_signature'],
    to: 'processing',
    by: ['leader'],
    needsReason: true,
  },
  { action: 'propose', from: ['processing'], to: 'awaiting_approval', by: ['specialist'] },
  { action: 'approve', from: ['awaiting_approval'], to: 'awaiting_signature', by: ['leader'] },
  { action: 'sign', from: ['awaiting_signature'], to: 'result_ready', by: ['leader'] },
  {
    action: 'record_result',
    from: ['processing', 'awaiting_signature'],
    to: 'result_ready',
    by: ['specialist', 'leader'],
  },
  { action: 'request_fee', from: ['processing'], to: 'fee_requested', by: ['specialist', 'receiver'] },
  { action: 'confirm_fee', from: ['fee_requested'], to: 'processing', by: ['receiver', 'system'] },
  { action: 'return_result', from: ['result_ready'], to: 'returned', by: ['receiver'] },
  { action: 'stop', from: OPEN, to: 'stopped', by: ['leader'], needsReason: true },
  {
    action: 'withdraw',
    from: ['submitted', 'received', 'processing', 'supplement_requested', 'fee_requested'],
    to: 'withdrawn',
    by: ['applicant', 'receiver'],
  },
  { action: 'extend', from: OPEN, to: 'same', by: ['specialist', 'leader'], needsReason: true },
];

export const WORKFLOWS: Record<string, readonly Transition[]> = { standard: STANDARD_WORKFLOW };

/** The transitions open in a state. */
export function allowedTransitions(workflow: readonly Transition[], state: DossierState): Transition[] {
  return workflow.filter((t) => t.from.includes(state));
}

/**
 * Replays an action log into the current state. Unknown or impossible actions throw: the log is
 * written only through this table, so a mismatch means corruption.
 */
export function deriveState(
  workflow: readonly Transition[],
  actions: readonly { action: DossierAction }[],
): DossierState {
  let state: DossierState | undefined;
  let beforeSupplement: DossierState | undefined;
  for (const { action } of actions) {
    if (state === undefined) {
      if (action !== 'submit') throw new Error(`a dossier log must start with submit, not ${action}`);
      state = 'submitted';
      continue;
    }
    const t = workflow.find((x) => x.action === action && x.from.includes(state!));
    if (!t) throw new Error(`action ${action} is impossible in state ${state}`);
    if (t.to === 'supplement_requested') beforeSupplement = state;
    state = t.to === 'same' ? state : t.to === 'resume' ? (beforeSupplement ?? 'submitted') : t.to;
  }
  if (!state) throw new Error('empty action log');
  return state;
}

/* ---------- per-step time budgets ---------- */

/**
 * The steps a dossier's time is split into. Mẫu 06 (phiếu kiểm soát) checks each hand-over against
 * the time of its step; TT 01/2018/TT-VPCP and QĐ 766 leave that time to the agency's internal
 * process (quy trình nội bộ), so the budgets are data, set per procedure version.
 */
export const WORKFLOW_STEPS = ['receive', 'dispatch', 'process', 'approve', 'sign', 'return'] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

export const stepInfo: Record<WorkflowStep, { vi: string; en: string }> = {
  receive: { vi: 'Kiểm tra, tiếp nhận hồ sơ', en: 'Check and receive' },
  dispatch: { vi: 'Chuyển hồ sơ đến người xử lý', en: 'Hand over for processing' },
  process: { vi: 'Thẩm định, xử lý hồ sơ', en: 'Examine and process' },
  approve: { vi: 'Lãnh đạo xem xét, phê duyệt', en: 'Leader’s approval' },
  sign: { vi: 'Ký số kết quả', en: 'Sign the result' },
  return: { vi: 'Trả kết quả', en: 'Hand the result over' },
};

/**
 * Which step a state belongs to. Waiting states of the applicant (supplement, fees) have no step:
 * the applicant's time is not the agency's.
 */
export const STEP_OF_STATE: Partial<Record<DossierState, WorkflowStep>> = {
  submitted: 'receive',
  received: 'dispatch',
  processing: 'process',
  awaiting_approval: 'approve',
  awaiting_signature: 'sign',
  result_ready: 'return',
};

/**
 * A step's time: office hours; working days (end of office hours of the n-th working day, n = 0
 * the same day, receipts after 15:00 counting from the next one); a share in percent of the
 * dossier's whole statutory time (receipt → appointment, in office time); or until the appointment.
 */
export type StepBudget =
  | { unit: 'working_hours'; value: number }
  | { unit: 'working_days'; value: number }
  | { unit: 'percent'; value: number }
  | { unit: 'appointment' };

export type StepBudgets = Record<WorkflowStep, StepBudget>;

/**
 * The defaults when a procedure version sets no internal process of its own. Where they come from:
 * - receive 4 office hours (a morning's work, about half a working day): the desk checks the
 *   dossier and accepts it or asks for what is missing within the sample internal processes.
 * - dispatch the same working day, or the next one for a receipt after 15:00 (NĐ 61/2018 Điều 19:
 *   chuyển hồ sơ ngay trong ngày làm việc hoặc đầu giờ ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ).
 * - process 60 % of the statutory time: what remains after the fixed steps in the sample internal
 *   processes published with provincial decisions (quy trình nội bộ giải quyết TTHC).
 * - approve 1 working day and sign ½ working day: the leader's share in those same processes.
 * - return: the result is handed over on the appointment.
 * Every step deadline is capped at the appointment: no step may eat the applicant's time.
 */
export const DEFAULT_STEP_BUDGETS: StepBudgets = {
  receive: { unit: 'working_hours', value: 4 },
  dispatch: { unit: 'working_days', value: 0 },
  process: { unit: 'percent', value: 60 },
  approve: { unit: 'working_days', value: 1 },
  sign: { unit: 'working_hours', value: 4 },
  return: { unit: 'appointment' },
};

/** The internal-process (NĐ 61/2018 Điều 19) cutoff for counting a hand-over from the next working day. */
export const HANDOVER_CUTOFF = '15:00';

/**
 * Deadline colours by remaining office time, shared by the inbox, the dossier page and the
 * reminders: overdue once past; red within half a working day; yellow within one working day;
 * else green. One working day is 7.5 office hours (07:30–11:30, 13:30–17:00).
 */
export type DeadlineColour = 'green' | 'yellow' | 'red' | 'overdue' | 'none';
export const WORKING_DAY_HOURS = 7.5;
export function deadlineColourOf(officeMsLeft: number | null, dueAt: Date | null, now: Date): DeadlineColour {
  if (officeMsLeft === null || !dueAt) return 'none';
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  const hours = officeMsLeft / 3_600_000;
  if (hours < WORKING_DAY_HOURS / 2) return 'red';
  if (hours < WORKING_DAY_HOURS) return 'yellow';
  return 'green';
}

/**
 * Procedures whose result is not a paper the agency writes but certified electronic copies of the
 * originals the applicant showed (chứng thực bản sao từ bản chính, NĐ 23/2015 as amended; the electronic
 * copy of NĐ 45/2020 Điều 14): one copy per scanned original, numbered in the certification book, and
 * no draft result to attach.
 */
export const CERTIFIED_COPY_RESULTS: ReadonlySet<string> = new Set(['2.000815']);
