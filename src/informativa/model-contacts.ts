import type { Contatti } from '../types/schema.js';

export interface ContactsView {
  indirizzo: string | null;
  email: string | null;
  pec: string | null;
  telefono: string | null;
  sito: string | null;
}

export function contacts(c: Contatti | undefined): ContactsView {
  return { indirizzo: c?.indirizzo ?? null, email: c?.email ?? null, pec: c?.pec ?? null, telefono: c?.telefono ?? null, sito: c?.sito ?? null };
}

/** Where to exercise the rights (art. 12): every channel the register knows, first the controller's, then the office's. */
export interface ChannelsView {
  email: string | null;
  pec: string | null;
  posta: string | null;
  ufficio: { nome: string; orari: string | null; indirizzo: string | null } | null;
  rpd_email: string | null;
  rpd_pec: string | null;
}

export function channelsOf(controller: ContactsView, office: { nome: string; orari: string | null; contatti: ContactsView } | null, dpo: ContactsView | null): ChannelsView {
  return {
    email: controller.email,
    pec: controller.pec,
    posta: controller.indirizzo,
    ufficio: office ? { nome: office.nome, orari: office.orari, indirizzo: office.contatti.indirizzo } : null,
    rpd_email: dpo?.email ?? null,
    rpd_pec: dpo?.pec ?? null,
  };
}
