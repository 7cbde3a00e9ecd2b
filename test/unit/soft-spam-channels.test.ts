import { describe, expect, it } from 'vitest';
import { namesChannelBeyondSoftSpam } from '../../src/law/facts.js';

// Codice, art. 130, c. 4 lets a controller e-mail its customers about similar products without
// consent; SMS, messaging and calls without an operator need consent even for customers (c. 1-2).
describe('channels the soft-spam exception does not cover (marketing-diretto.json)', () => {
  it.each([
    'Invio di offerte ai clienti via SMS',
    'Offerte con telefonate registrate senza operatore',
    "Chiamate senza l'intervento di un operatore",
    'Promozioni tramite Telegram e Messenger',
    'Offerte con notifiche push dell’app',
    'Offerte non solo via email ma anche via WhatsApp',
    'Ne informiamo i clienti via SMS',
  ])('names one: %s', (text) => expect(namesChannelBeyondSoftSpam(text)).toBe(true));

  it.each([
    'Invio ai clienti di offerte via email su prodotti analoghi',
    'Offerte via email, mai via SMS',
    'Newsletter per email (non via SMS né WhatsApp)',
    'Offerte via email, esclusi SMS e telefonate automatiche',
  ])('names none, or only to exclude it: %s', (text) => expect(namesChannelBeyondSoftSpam(text)).toBe(false));
});
