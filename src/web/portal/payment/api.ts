import type { z } from 'zod';
import {
  DossierFees,
  FeeLedger,
  PaymentOrder,
  PaymentReturn,
  Refund,
  StartPaymentResponse,
} from '../../../contracts/payments';
import { apiGet, apiSend } from '../../api/client';

// Typed calls to the payments API: what a dossier owes, starting a payment, the gateway's answer.
const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

export type DossierFeesData = z.infer<typeof DossierFees>;
export type PaymentReturnData = z.infer<typeof PaymentReturn>;

export const getDossierFees = (dossierId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/dossiers/${id(dossierId)}/fees`, DossierFees, signal);

export const startPayment = (dossierId: string) =>
  apiSend('POST', `${V1}/dossiers/${id(dossierId)}/payments`, { locale: 'vn' }, StartPaymentResponse);

/** The desk records the amount due as paid in cash; answers the paid order with its receipt. */
export const collectCash = (dossierId: string, amount: number) =>
  apiSend('POST', `${V1}/dossiers/${id(dossierId)}/payments/cash`, { amount }, PaymentOrder);

/** The desk refunds part or all of a paid order, with the reason. */
export const refundPayment = (dossierId: string, body: { orderId: string; amount: number; reason: string }) =>
  apiSend('POST', `${V1}/dossiers/${id(dossierId)}/refunds`, body, Refund);

const period = (p: { from: string; to: string }) =>
  new URLSearchParams({ from: p.from, to: p.to }).toString();

/** The agency's fee ledger for a period of Vietnamese days (inclusive). */
export const getFeeLedger = (agencyId: string, p: { from: string; to: string }, signal?: AbortSignal) =>
  apiGet(`${V1}/agencies/${id(agencyId)}/fee-ledger?${period(p)}`, FeeLedger, signal);

export const feeLedgerExportUrl = (agencyId: string, p: { from: string; to: string }) =>
  `${V1}/agencies/${id(agencyId)}/fee-ledger/export?${period(p)}`;

/** The query string the gateway sent the browser back with, checked by the server. */
export const readPaymentReturn = (search: string, signal?: AbortSignal) =>
  apiGet(`${V1}/payments/vnpay/return${search}`, PaymentReturn, signal);
