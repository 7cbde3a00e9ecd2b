/* Generated from schemas/*.schema.json by `npm run gen`: do not edit by hand. */

/**
 * Eccezioni motivate: una segnalazione di una regola viene taciuta solo con una motivazione scritta, che compare nei risultati JSON e SARIF. Un'eccezione che non corrisponde più a nessuna segnalazione viene segnalata.
 */

export type Eccezioni = {
  /**
   * Identificativo della regola (registro rules).
   */
  regola: string;
  /**
   * Facoltativo: il punto del file a cui si applica, come JSON Pointer (ad esempio /finalita/0/basi_giuridiche/0). Senza, vale per tutto il file.
   */
  percorso?: string;
  /**
   * Testo libero.
   */
  motivo: string;
}[];

/**
 * Il titolare del trattamento, il responsabile della protezione dei dati (RPD), il rappresentante, le date del registro e le opzioni.
 */

export interface RegistroFile {
  /**
   * Il titolare del trattamento (art. 30, par. 1, lett. a).
   */
  titolare: {
    /**
     * Denominazione del titolare (ad esempio Comune di Vallechiara).
     */
    denominazione: string;
    /**
     * true per un'autorità o un organismo pubblico: attiva le regole proprie della PA (RPD obbligatorio, niente legittimo interesse per i compiti istituzionali...).
     */
    ente_pubblico: boolean;
    /**
     * Tipo di ente.
     */
    tipo?:
      | 'comune'
      | 'unione-comuni'
      | 'provincia'
      | 'regione'
      | 'scuola'
      | 'universita'
      | 'asl'
      | 'azienda-ospedaliera'
      | 'altro-ente-pubblico'
      | 'impresa'
      | 'professionista'
      | 'associazione';
    /**
     * Codice fiscale del titolare (tra virgolette).
     */
    codice_fiscale?: string;
    /**
     * Partita IVA (tra virgolette: può iniziare con zero).
     */
    partita_iva?: string;
    /**
     * Chi rappresenta legalmente il titolare (ad esempio il Sindaco pro tempore).
     */
    legale_rappresentante?: string;
    /**
     * Numero di dipendenti (rileva per l'esenzione dell'art. 30, par. 5).
     */
    dipendenti?: number;
    contatti?: Contatti;
  };
  /**
   * Rappresentante nell'Unione (art. 27), solo per titolari stabiliti fuori dall'UE.
   */
  rappresentante?: {
    /**
     * Testo libero.
     */
    denominazione: string;
    contatti?: Contatti;
  };
  /**
   * Responsabile della protezione dei dati (RPD/DPO), artt. 37-39.
   */
  rpd?: {
    /**
     * Testo libero.
     */
    nome?: string;
    /**
     * Se l'RPD è un soggetto esterno dichiarato in soggetti.yaml, il suo identificativo.
     */
    soggetto?: string;
    /**
     * RPD interno (dipendente del titolare) o esterno (contratto di servizio), art. 37, par. 6.
     */
    tipo?: 'interno' | 'esterno';
    /**
     * Testo libero.
     */
    ruolo_interno?: string;
    atto_designazione?: Atto;
    contatti?: Contatti;
  };
  /**
   * Date del registro nel suo insieme.
   */
  registro?: {
    /**
     * Data di istituzione del registro.
     */
    creato?: string;
    /**
     * Data dell'ultimo aggiornamento.
     */
    aggiornato?: string;
  };
  /**
   * Opzioni di registro (lingua, regole).
   */
  opzioni?: {
    /**
     * Lingua predefinita dei messaggi.
     */
    lingua?: 'it' | 'en';
    /**
     * Severità delle regole: per ciascun identificativo di regola, error, warning oppure off.
     */
    regole?: {
      [k: string]: 'error' | 'warning' | 'off';
    };
    /**
     * Dopo quanti mesi senza aggiornamento una scheda è segnalata come non aggiornata (predefinito 12).
     */
    mesi_aggiornamento?: number;
    /**
     * Colonne del registro esportato (registro export): un insieme con nome, o l'elenco delle colonne in ordine.
     */
    export?: {
      /**
       * Insieme di colonne predefinito: completo, garante, o uno definito in insiemi.
       */
      insieme?: string;
      /**
       * Colonne in ordine (registro export --help le elenca).
       */
      colonne?: string[];
      /**
       * Insiemi di colonne con nome, da scegliere con --insieme.
       */
      insiemi?: {
        [k: string]: string[];
      };
    };
    /**
     * Opzioni delle informative (registro informativa, registro build).
     */
    informativa?: {
      /**
       * Cartella dei modelli propri (relativa al registro): sostituisce, file per file, i modelli predefiniti (informativa.hbs, breve.hbs, style.css, partials/, logo.png).
       */
      modelli?: string;
      /**
       * Indirizzo web dove sono pubblicate le informative complete (ad esempio https://www.comune.esempio.it/privacy/informative/): l'informativa breve vi rimanda con un collegamento assoluto, che resta utile anche stampata o inviata per posta elettronica.
       */
      url?: string;
    };
    /**
     * Opzioni del sito della privacy (registro sito): pagina iniziale, informative per servizio, registro pubblico.
     */
    sito?: {
      /**
       * Indirizzo web dove si pubblica il sito (ad esempio https://www.comune.esempio.it/privacy/): serve per la sitemap e i collegamenti assoluti; --base-url lo sostituisce.
       */
      url?: string;
      /**
       * true per pubblicare anche l'elenco dei trattamenti (finalità, basi giuridiche, categorie di dati, destinatari, conservazione), senza i campi interni (uffici, applicativi, misure).
       */
      registro_pubblico?: boolean;
      /**
       * Colore dell'ente per l'intestazione, nel formato #rrggbb (ad esempio #0066cc): deve avere con il bianco un contrasto di almeno 4,5:1.
       */
      colore?: string;
      /**
       * Logo dell'ente (file .png, .jpg o .svg, relativo alla cartella del registro).
       */
      logo?: string;
      /**
       * Lingue del sito (predefinita: it; anche en quando vocabolario.yaml ha le traduzioni inglesi, traduzioni.en). La prima è quella della pagina iniziale.
       *
       * @minItems 1
       */
      lingue?: ['it' | 'en', ...('it' | 'en')[]];
    };
  };
  eccezioni?: Eccezioni;
}
/**
 * Recapiti.
 */

export interface Contatti {
  /**
   * Indirizzo postale.
   */
  indirizzo?: string;
  /**
   * Posta elettronica ordinaria.
   */
  email?: string;
  /**
   * Posta elettronica certificata.
   */
  pec?: string;
  /**
   * Telefono (tra virgolette, per non perdere lo zero iniziale).
   */
  telefono?: string;
  /**
   * Sito web.
   */
  sito?: string;
}
/**
 * Atto giuridico di riferimento (contratto, nomina, accordo).
 */

export interface Atto {
  /**
   * Testo libero.
   */
  tipo?: string;
  /**
   * Testo libero.
   */
  riferimento?: string;
  /**
   * Data dell'atto.
   */
  data?: string;
  /**
   * Scadenza dell'atto, se prevista.
   */
  scadenza?: string;
}

/**
 * Paese di stabilimento (ISO 3166-1 alfa-2).
 */

export type Paese =
  | 'AD'
  | 'AE'
  | 'AF'
  | 'AG'
  | 'AI'
  | 'AL'
  | 'AM'
  | 'AO'
  | 'AQ'
  | 'AR'
  | 'AS'
  | 'AT'
  | 'AU'
  | 'AW'
  | 'AX'
  | 'AZ'
  | 'BA'
  | 'BB'
  | 'BD'
  | 'BE'
  | 'BF'
  | 'BG'
  | 'BH'
  | 'BI'
  | 'BJ'
  | 'BL'
  | 'BM'
  | 'BN'
  | 'BO'
  | 'BQ'
  | 'BR'
  | 'BS'
  | 'BT'
  | 'BV'
  | 'BW'
  | 'BY'
  | 'BZ'
  | 'CA'
  | 'CC'
  | 'CD'
  | 'CF'
  | 'CG'
  | 'CH'
  | 'CI'
  | 'CK'
  | 'CL'
  | 'CM'
  | 'CN'
  | 'CO'
  | 'CR'
  | 'CU'
  | 'CV'
  | 'CW'
  | 'CX'
  | 'CY'
  | 'CZ'
  | 'DE'
  | 'DJ'
  | 'DK'
  | 'DM'
  | 'DO'
  | 'DZ'
  | 'EC'
  | 'EE'
  | 'EG'
  | 'EH'
  | 'ER'
  | 'ES'
  | 'ET'
  | 'FI'
  | 'FJ'
  | 'FK'
  | 'FM'
  | 'FO'
  | 'FR'
  | 'GA'
  | 'GB'
  | 'GD'
  | 'GE'
  | 'GF'
  | 'GG'
  | 'GH'
  | 'GI'
  | 'GL'
  | 'GM'
  | 'GN'
  | 'GP'
  | 'GQ'
  | 'GR'
  | 'GS'
  | 'GT'
  | 'GU'
  | 'GW'
  | 'GY'
  | 'HK'
  | 'HM'
  | 'HN'
  | 'HR'
  | 'HT'
  | 'HU'
  | 'ID'
  | 'IE'
  | 'IL'
  | 'IM'
  | 'IN'
  | 'IO'
  | 'IQ'
  | 'IR'
  | 'IS'
  | 'IT'
  | 'JE'
  | 'JM'
  | 'JO'
  | 'JP'
  | 'KE'
  | 'KG'
  | 'KH'
  | 'KI'
  | 'KM'
  | 'KN'
  | 'KP'
  | 'KR'
  | 'KW'
  | 'KY'
  | 'KZ'
  | 'LA'
  | 'LB'
  | 'LC'
  | 'LI'
  | 'LK'
  | 'LR'
  | 'LS'
  | 'LT'
  | 'LU'
  | 'LV'
  | 'LY'
  | 'MA'
  | 'MC'
  | 'MD'
  | 'ME'
  | 'MF'
  | 'MG'
  | 'MH'
  | 'MK'
  | 'ML'
  | 'MM'
  | 'MN'
  | 'MO'
  | 'MP'
  | 'MQ'
  | 'MR'
  | 'MS'
  | 'MT'
  | 'MU'
  | 'MV'
  | 'MW'
  | 'MX'
  | 'MY'
  | 'MZ'
  | 'NA'
  | 'NC'
  | 'NE'
  | 'NF'
  | 'NG'
  | 'NI'
  | 'NL'
  | 'NO'
  | 'NP'
  | 'NR'
  | 'NU'
  | 'NZ'
  | 'OM'
  | 'PA'
  | 'PE'
  | 'PF'
  | 'PG'
  | 'PH'
  | 'PK'
  | 'PL'
  | 'PM'
  | 'PN'
  | 'PR'
  | 'PS'
  | 'PT'
  | 'PW'
  | 'PY'
  | 'QA'
  | 'RE'
  | 'RO'
  | 'RS'
  | 'RU'
  | 'RW'
  | 'SA'
  | 'SB'
  | 'SC'
  | 'SD'
  | 'SE'
  | 'SG'
  | 'SH'
  | 'SI'
  | 'SJ'
  | 'SK'
  | 'SL'
  | 'SM'
  | 'SN'
  | 'SO'
  | 'SR'
  | 'SS'
  | 'ST'
  | 'SV'
  | 'SX'
  | 'SY'
  | 'SZ'
  | 'TC'
  | 'TD'
  | 'TF'
  | 'TG'
  | 'TH'
  | 'TJ'
  | 'TK'
  | 'TL'
  | 'TM'
  | 'TN'
  | 'TO'
  | 'TR'
  | 'TT'
  | 'TV'
  | 'TW'
  | 'TZ'
  | 'UA'
  | 'UG'
  | 'UM'
  | 'US'
  | 'UY'
  | 'UZ'
  | 'VA'
  | 'VC'
  | 'VE'
  | 'VG'
  | 'VI'
  | 'VN'
  | 'VU'
  | 'WF'
  | 'WS'
  | 'XK'
  | 'YE'
  | 'YT'
  | 'ZA'
  | 'ZM'
  | 'ZW';
/**
 * Eccezioni motivate: una segnalazione di una regola viene taciuta solo con una motivazione scritta, che compare nei risultati JSON e SARIF. Un'eccezione che non corrisponde più a nessuna segnalazione viene segnalata.
 */

export interface SoggettiFile {
  soggetti?: {
    /**
     * Identificativo con cui le schede richiamano il soggetto.
     */
    id: string;
    /**
     * Ragione sociale o denominazione.
     */
    denominazione: string;
    /**
     * Ruolo: responsabile (art. 28), sub-responsabile (art. 28, par. 2 e 4), contitolare (art. 26), titolare per cui si agisce come responsabile (art. 30, par. 2), destinatario titolare autonomo.
     */
    ruolo: 'responsabile' | 'sub-responsabile' | 'contitolare' | 'titolare' | 'destinatario';
    /**
     * Testo libero.
     */
    codice_fiscale?: string;
    /**
     * Testo libero.
     */
    partita_iva?: string;
    paese?: Paese;
    contatti?: Contatti;
    rpd?: Contatti;
    atto?: Atto;
    /**
     * Testo libero.
     */
    contenuto_essenziale?: string;
    punto_di_contatto?: Contatti1;
    /**
     * Per un sub-responsabile: il responsabile che lo ha nominato.
     */
    per_conto_di?: string;
    /**
     * Per un sub-responsabile: l'autorizzazione scritta del titolare, specifica o generale (art. 28, par. 2).
     */
    autorizzazione?: {
      /**
       * Autorizzazione specifica, oppure generale con informazione preventiva delle modifiche e diritto di opporsi.
       */
      tipo: 'specifica' | 'generale';
      /**
       * Testo libero.
       */
      riferimento?: string;
      /**
       * Data nel formato AAAA-MM-GG, ad esempio 2025-09-30.
       */
      data?: string;
    };
    /**
     * Per un soggetto statunitense: true se certificato nel Data Privacy Framework UE-USA.
     */
    certificazione_dpf?: boolean;
    /**
     * Testo libero.
     */
    servizi?: string;
  }[];
  eccezioni?: Eccezioni;
}
/**
 * Recapiti.
 */

export interface Contatti1 {
  /**
   * Testo libero.
   */
  indirizzo?: string;
  /**
   * Testo libero.
   */
  email?: string;
  /**
   * Testo libero.
   */
  pec?: string;
  /**
   * Testo libero.
   */
  telefono?: string;
  /**
   * Testo libero.
   */
  sito?: string;
}

/**
 * Paese di destinazione (ISO 3166-1 alfa-2).
 */

export type Trasferimenti = {
  paese?: Paese;
  /**
   * Testo libero.
   */
  organizzazione?: string;
  /**
   * Identificativo del soggetto destinatario, dichiarato in soggetti.yaml.
   */
  destinatario?: string;
  /**
   * Meccanismo del trasferimento (artt. 45-49): 45, 46.2.a ... 46.3.b, 47, 49.1.a ... 49.1.g, 49.1.2.
   */
  meccanismo?:
    | '45'
    | '46.2.a'
    | '46.2.b'
    | '47'
    | '46.2.c'
    | '46.2.d'
    | '46.2.e'
    | '46.2.f'
    | '46.3.a'
    | '46.3.b'
    | '49.1.a'
    | '49.1.b'
    | '49.1.c'
    | '49.1.d'
    | '49.1.e'
    | '49.1.f'
    | '49.1.g'
    | '49.1.2';
  /**
   * Testo libero.
   */
  decisione?: string;
  /**
   * Modulo delle clausole contrattuali tipo (Decisione (UE) 2021/914).
   */
  modulo_scc?: 'C2C' | 'C2P' | 'P2P' | 'P2C';
  /**
   * Testo libero.
   */
  documento?: string;
  /**
   * Testo libero.
   */
  garanzie?: string;
  /**
   * true se il trasferimento consiste in un accesso da remoto dal paese terzo.
   */
  accesso_remoto?: boolean;
}[];
/**
 * Misure di sicurezza tecniche e organizzative (art. 32), come identificativi del vocabolario misure.
 */

export type Misure = string[];
/**
 * Eccezioni motivate: una segnalazione di una regola viene taciuta solo con una motivazione scritta, che compare nei risultati JSON e SARIF. Un'eccezione che non corrisponde più a nessuna segnalazione viene segnalata.
 */

export interface TrattamentoFile {
  /**
   * Nome dell'attività di trattamento.
   */
  denominazione: string;
  /**
   * Descrizione dell'attività.
   */
  descrizione?: string;
  /**
   * Area, settore o servizio competente.
   */
  area?: string;
  /**
   * Ufficio che svolge il trattamento.
   */
  ufficio?: string;
  /**
   * Referente interno designato (Codice, art. 2-quaterdecies).
   */
  referente?: string;
  /**
   * Finalità del trattamento (art. 30, par. 1, lett. b), ciascuna con la sua base giuridica.
   */
  finalita?: {
    /**
     * La finalità, descritta in modo specifico.
     */
    descrizione: string;
    /**
     * Le categorie di interessati a cui si rivolge questa finalità, se non sono tutte quelle della scheda (ad esempio i soli clienti per le offerte di prodotti analoghi, Codice, art. 130, c. 4). Ognuna è tra gli interessati della scheda.
     */
    interessati?: string[];
    /**
     * Basi giuridiche dell'art. 6, par. 1.
     */
    basi_giuridiche?: {
      /**
       * Base giuridica dell'art. 6, par. 1 (6.1.a ... 6.1.f).
       */
      base: '6.1.a' | '6.1.b' | '6.1.c' | '6.1.d' | '6.1.e' | '6.1.f';
      /**
       * Norma di legge, regolamento o atto amministrativo generale che fonda il trattamento (obbligatoria per 6.1.c e 6.1.e: art. 6, par. 3; Codice, art. 2-ter).
       */
      norma?: string;
      /**
       * Il legittimo interesse perseguito (obbligatorio per 6.1.f: art. 13, par. 1, lett. d).
       */
      interesse?: string;
      /**
       * Come l'interessato può revocare il consenso (per 6.1.a: art. 7, par. 3).
       */
      revoca?: string;
    }[];
  }[];
  /**
   * Categorie di interessati (art. 30, par. 1, lett. c).
   */
  interessati?: string[];
  /**
   * Categorie di dati personali comuni (art. 30, par. 1, lett. c). Le categorie particolari vanno in dati_particolari.
   */
  dati?: string[];
  /**
   * Categorie particolari di dati (art. 9), ciascuna con la condizione dell'art. 9, par. 2 e la norma.
   */
  dati_particolari?: {
    /**
     * Categoria di dati personali. Termini predefiniti: identificativi, contatto, codice-fiscale, documenti-identita, economici, bancari, familiari, istruzione-lavoro, stato-civile, patrimoniali, immagini, localizzazione, navigazione, targhe-veicoli, presenze, storico-acquisti, preferenze, cookie, dati-pagamento, metadati-posta, traffico, origine-etnica, opinioni-politiche, convinzioni-religiose, appartenenza-sindacale, genetici, biometrici, salute, vita-sessuale, giudiziari. Altri termini si aggiungono in vocabolario.yaml.
     */
    categoria: string;
    /**
     * Condizione dell'art. 9, par. 2 per le categorie particolari (9.2.a ... 9.2.j).
     */
    condizione?: '9.2.a' | '9.2.b' | '9.2.c' | '9.2.d' | '9.2.e' | '9.2.f' | '9.2.g' | '9.2.h' | '9.2.i' | '9.2.j';
    /**
     * Norma che autorizza il trattamento (per 9.2.g: Codice, art. 2-sexies).
     */
    norma?: string;
    /**
     * Lettera dell'art. 2-sexies, comma 2, del Codice che individua l'interesse pubblico rilevante (ad esempio m, s, bb).
     */
    lettera_2sexies?: string;
    /**
     * Per 9.2.a: true se il consenso raccolto è esplicito (art. 9, par. 2, lett. a).
     */
    consenso_esplicito?: boolean;
    /**
     * Per 9.2.a: come l'interessato può revocare il consenso (art. 7, par. 3).
     */
    revoca?: string;
    /**
     * La finalità a cui si applica questa condizione, quando la scheda ne ha più d'una (ad esempio salute in 9.2.b per la gestione del rapporto di lavoro e in 9.2.h per la sorveglianza sanitaria).
     */
    finalita?: string;
  }[];
  /**
   * Dati relativi a condanne penali e reati (art. 10; Codice, art. 2-octies).
   */
  dati_giudiziari?: {
    /**
     * Quali dati giudiziari sono trattati.
     */
    descrizione?: string;
    /**
     * Norma che autorizza il trattamento.
     */
    norma?: string;
  };
  /**
   * Dove sono raccolti i dati: presso l'interessato (informativa art. 13) o presso terzi (art. 14, con la fonte).
   */
  raccolta?: 'presso-interessato' | 'presso-terzi' | 'entrambi';
  /**
   * Fonte dei dati raccolti presso terzi (art. 14, par. 2, lett. f).
   */
  fonte?: {
    /**
     * Da chi o da dove provengono i dati.
     */
    descrizione?: string;
    /**
     * true se la fonte è accessibile al pubblico.
     */
    pubblica?: boolean;
  };
  /**
   * Operazioni di trattamento (art. 4, n. 2).
   */
  operazioni?: string[];
  /**
   * Modalità di trattamento.
   */
  modalita?: 'cartaceo' | 'elettronico' | 'misto';
  /**
   * Applicativi e banche dati utilizzati.
   */
  applicativi?: string[];
  /**
   * Destinatari o categorie di destinatari (art. 30, par. 1, lett. d), compresi i responsabili. Scrivere nessuno se non ve ne sono.
   */
  destinatari?:
    | 'nessuno'
    | {
        /**
         * Categoria di destinatari. Termini predefiniti: responsabili, contitolari, altre-pa, inps, agenzia-entrate, asl, prefettura, anpr, autorita-giudiziaria, forze-ordine, banche, tesoriere, assicurazioni, privati, controinteressati, enti-previdenziali, scuole, diffusione, destinatari-paesi-terzi. Altri termini si aggiungono in vocabolario.yaml.
         */
        categoria?: string;
        /**
         * Identificativo di un soggetto dichiarato in soggetti.yaml.
         */
        soggetto?: string;
        /**
         * Testo libero.
         */
        descrizione?: string;
        /**
         * Quali categorie di dati ricevono questi destinatari (se non tutte).
         */
        dati?: string[];
        /**
         * Testo libero.
         */
        norma?: string;
        /**
         * Testo libero.
         */
        durata_pubblicazione?: string;
      }[];
  trasferimenti?: Trasferimenti;
  /**
   * Termini ultimi di cancellazione (art. 30, par. 1, lett. f), per categoria di dati o finalità quando differiscono.
   */
  conservazione?: {
    /**
     * Testo libero.
     */
    durata?: string;
    /**
     * Testo libero.
     */
    decorrenza?: string;
    /**
     * Testo libero.
     */
    criterio?: string;
    /**
     * Testo libero.
     */
    fonte?: string;
    /**
     * Categorie di dati a cui si applica (se non a tutte).
     */
    categorie?: string[];
    /**
     * Testo libero.
     */
    finalita?: string;
    /**
     * Testo libero.
     */
    deroga?: string;
  }[];
  misure?: Misure;
  /**
   * Testo libero.
   */
  misure_descrizione?: string;
  /**
   * Testo libero.
   */
  misure_documento?: string;
  /**
   * true se il trattamento è su larga scala (art. 35, par. 3; WP248, criterio 5).
   */
  larga_scala?: boolean;
  /**
   * true se il trattamento valuta o assegna punteggi agli interessati, compresa la profilazione (WP248, criterio 1).
   */
  profilazione?: boolean;
  /**
   * true se il trattamento avviene tramite un servizio della società dell'informazione offerto direttamente agli interessati (art. 8).
   */
  servizio_online?: boolean;
  /**
   * Testo libero.
   */
  consenso_genitoriale?: string;
  /**
   * Processo decisionale automatizzato e profilazione (art. 22; art. 13, par. 2, lett. f).
   */
  decisioni_automatizzate?: {
    /**
     * true se vi sono decisioni basate unicamente su trattamenti automatizzati o profilazione.
     */
    presenti: boolean;
    /**
     * Testo libero.
     */
    logica?: string;
    /**
     * Testo libero.
     */
    conseguenze?: string;
    /**
     * Perché la decisione automatizzata è ammessa (art. 22, par. 2): a) necessaria per un contratto, b) autorizzata dal diritto dell'Unione o dello Stato, c) consenso esplicito.
     */
    eccezione?: '22.2.a' | '22.2.b' | '22.2.c';
    /**
     * Testo libero.
     */
    norma?: string;
    /**
     * Testo libero.
     */
    garanzie?: string;
  };
  /**
   * true se i dati sono trattati per finalità di marketing diretto (invio di comunicazioni commerciali, promozioni): l'interessato può sempre opporsi (art. 21, par. 2 e 3).
   */
  marketing_diretto?: boolean;
  /**
   * Videosorveglianza o geolocalizzazione da cui può derivare un controllo a distanza dei lavoratori (L. 300/1970, art. 4) o degli alunni (Provvedimento del Garante in materia di videosorveglianza, 8 aprile 2010, par. 4.3).
   */
  controllo_a_distanza?: {
    /**
     * Testo libero.
     */
    accordo_sindacale?: string;
    /**
     * Testo libero.
     */
    autorizzazione_ispettorato?: string;
    /**
     * true se si tratta di uno strumento che il lavoratore usa per rendere la prestazione o di registrazione degli accessi e delle presenze (L. 300/1970, art. 4, c. 2): non serve accordo.
     */
    strumento_di_lavoro?: boolean;
    /**
     * Per le scuole: true se le telecamere sono attive solo quando la scuola è chiusa, fuori dall'orario delle attività scolastiche ed extrascolastiche.
     */
    solo_fuori_orario_scolastico?: boolean;
  };
  conferimento?: Conferimento;
  /**
   * Valutazione d'impatto sulla protezione dei dati (art. 35).
   */
  dpia?: {
    /**
     * true se la valutazione d'impatto è necessaria.
     */
    necessaria: boolean;
    /**
     * Testo libero.
     */
    riferimento?: string;
    /**
     * Data della valutazione d'impatto.
     */
    data?: string;
    /**
     * Testo libero.
     */
    motivazione?: string;
    /**
     * Criteri WP248 che si aggiungono a quelli ricavati dalla scheda (ad esempio tecnologie-innovative).
     */
    criteri?: (
      | 'valutazione'
      | 'decisioni-automatizzate'
      | 'monitoraggio'
      | 'dati-sensibili'
      | 'larga-scala'
      | 'combinazione'
      | 'vulnerabili'
      | 'tecnologie-innovative'
      | 'impedimento'
    )[];
  };
  /**
   * Data di creazione della scheda.
   */
  creato?: string;
  /**
   * Data dell'ultimo aggiornamento della scheda.
   */
  aggiornato?: string;
  /**
   * Testo libero.
   */
  note?: string;
  /**
   * Valori originali di un registro importato, conservati alla lettera.
   */
  importazione?: {
    /**
     * Testo libero.
     */
    file?: string;
    /**
     * Testo libero.
     */
    foglio?: string;
    riga?: number;
    /**
     * Data dell'importazione: non è la data di creazione della scheda (creato), che il registro di origine può non indicare.
     */
    data?: string;
    originali?: {
      [k: string]: string;
    };
  };
  eccezioni?: Eccezioni;
}
/**
 * Se il conferimento dei dati è obbligatorio e cosa accade se i dati non sono forniti (art. 13, par. 2, lett. e).
 */

export interface Conferimento {
  /**
   * Natura del conferimento: obbligo di legge, obbligo contrattuale, requisito necessario per il servizio, oppure facoltativo.
   */
  natura: 'obbligo-legale' | 'obbligo-contrattuale' | 'requisito-necessario' | 'facoltativo';
  /**
   * Testo libero.
   */
  conseguenze?: string;
}

/**
 * Eccezioni motivate: una segnalazione di una regola viene taciuta solo con una motivazione scritta, che compare nei risultati JSON e SARIF. Un'eccezione che non corrisponde più a nessuna segnalazione viene segnalata.
 */

export interface ServizioFile {
  /**
   * Nome del servizio, come compare nel titolo dell'informativa.
   */
  denominazione: string;
  /**
   * Breve descrizione del servizio.
   */
  descrizione?: string;
  /**
   * Identificativi delle schede di trattamento coinvolte (nomi dei file in trattamenti/).
   *
   * @minItems 1
   */
  trattamenti: [string, ...string[]];
  /**
   * L'ufficio a cui rivolgersi per il servizio.
   */
  ufficio?: {
    /**
     * Testo libero.
     */
    nome: string;
    /**
     * Testo libero.
     */
    orari?: string;
    contatti?: Contatti;
  };
  /**
   * true se il servizio si rivolge direttamente a minori: l'informativa deve essere particolarmente semplice.
   */
  rivolto_a_minori?: boolean;
  conferimento?: Conferimento;
  /**
   * Data dell'ultima modifica del servizio che cambia la sua informativa: con le date delle schede coinvolte dà la data «aggiornata al» dell'informativa.
   */
  aggiornato?: string;
  /**
   * Testo libero.
   */
  note?: string;
  eccezioni?: Eccezioni;
}
/**
 * Recapiti.
 */

/**
 * Paese di destinazione (ISO 3166-1 alfa-2).
 */

export interface AttivitaResponsabileFile {
  /**
   * Identificativo del titolare per conto del quale si agisce, dichiarato in soggetti.yaml con ruolo titolare.
   */
  titolare: string;
  /**
   * Nome breve dell'attività.
   */
  denominazione?: string;
  /**
   * Categorie dei trattamenti effettuati per conto del titolare (art. 30, par. 2, lett. b).
   */
  categorie_trattamento?: string[];
  atto?: Atto;
  trasferimenti?: Trasferimenti;
  misure?: Misure;
  /**
   * Testo libero.
   */
  misure_descrizione?: string;
  /**
   * Testo libero.
   */
  misure_documento?: string;
  /**
   * Data nel formato AAAA-MM-GG, ad esempio 2025-09-30.
   */
  creato?: string;
  /**
   * Data nel formato AAAA-MM-GG, ad esempio 2025-09-30.
   */
  aggiornato?: string;
  /**
   * Testo libero.
   */
  note?: string;
  /**
   * Valori originali di un registro importato, conservati alla lettera.
   */
  importazione?: {
    /**
     * Testo libero.
     */
    file?: string;
    /**
     * Testo libero.
     */
    foglio?: string;
    riga?: number;
    /**
     * Data nel formato AAAA-MM-GG, ad esempio 2025-09-30.
     */
    data?: string;
    originali?: {
      [k: string]: string;
    };
  };
  eccezioni?: Eccezioni;
}
/**
 * Atto con cui il titolare ha nominato questo ente responsabile (art. 28, par. 3).
 */

export type Termini = {
  /**
   * Identificativo: lettere minuscole, cifre e trattini (ad esempio software-house-srl).
   */
  id: string;
  /**
   * Etichetta italiana.
   */
  it: string;
  /**
   * Etichetta inglese.
   */
  en?: string;
}[];

/**
 * Termini aggiunti dall'utente ai vocabolari predefiniti, con etichetta italiana e, se serve, inglese; le traduzioni dei testi liberi delle schede.
 */

export interface VocabolarioFile {
  /**
   * Categorie di interessati aggiunte, con le caratteristiche che le regole considerano.
   */
  interessati?: {
    /**
     * Identificativo: lettere minuscole, cifre e trattini (ad esempio software-house-srl).
     */
    id: string;
    /**
     * Etichetta italiana.
     */
    it: string;
    /**
     * Etichetta inglese.
     */
    en?: string;
    /**
     * true se sono minori (art. 8; Codice, art. 2-quinquies).
     */
    minori?: boolean;
    /**
     * Per i minori: l'età minima degli interessati della categoria, in anni. Dai 14 anni il minore presta da sé il consenso ai servizi online (Codice, art. 2-quinquies, c. 1): il consenso dei genitori non si chiede.
     */
    eta_minima?: number;
    /**
     * true se sono clienti del titolare, che hanno dato i recapiti acquistando un prodotto o un servizio: solo a loro si possono inviare senza consenso offerte di prodotti analoghi (Codice, art. 130, c. 4).
     */
    clienti?: boolean;
    /**
     * true se sono interessati vulnerabili (WP248, criterio 7).
     */
    vulnerabili?: boolean;
    /**
     * true se sono lavoratori del titolare (L. 300/1970, art. 4).
     */
    lavoratori?: boolean;
    /**
     * true se sono alunni o studenti di una scuola (Provvedimento del Garante dell'8 aprile 2010, par. 4.3).
     */
    alunni?: boolean;
    /**
     * true se l'appartenenza alla categoria rivela una condizione di disagio economico-sociale o di salute (D.Lgs. 33/2013, art. 26, c. 4).
     */
    disagio?: boolean;
    /**
     * true se sono persone che segnalano illeciti (D.Lgs. 24/2023).
     */
    segnalanti?: boolean;
    /**
     * true se sono persone riprese da telecamere (videosorveglianza).
     */
    ripresi?: boolean;
  }[];
  /**
   * Categorie di dati aggiunte, con la loro classe (comune, particolare ex art. 9, giudiziario ex art. 10).
   */
  dati?: {
    /**
     * Identificativo: lettere minuscole, cifre e trattini (ad esempio software-house-srl).
     */
    id: string;
    /**
     * Etichetta italiana.
     */
    it: string;
    /**
     * Etichetta inglese.
     */
    en?: string;
    /**
     * comune, particolare (art. 9) o giudiziario (art. 10).
     */
    classe: 'comune' | 'particolare' | 'giudiziario';
    /**
     * true per dati genetici, biometrici o relativi alla salute, che non possono essere diffusi (Codice, art. 2-septies, c. 8).
     */
    mai_diffusi?: boolean;
    /**
     * true se la categoria permette un monitoraggio sistematico delle persone (localizzazione, immagini; WP248, criterio 3).
     */
    monitoraggio?: boolean;
    /**
     * true se il dato rivela una condizione di disagio economico-sociale o di salute (D.Lgs. 33/2013, art. 26, c. 4).
     */
    disagio?: boolean;
    /**
     * Identificativo: lettere minuscole, cifre e trattini (ad esempio software-house-srl).
     */
    gruppo?: string;
  }[];
  /**
   * Categorie di destinatari aggiunte.
   */
  destinatari?: {
    /**
     * Identificativo: lettere minuscole, cifre e trattini (ad esempio software-house-srl).
     */
    id: string;
    /**
     * Etichetta italiana.
     */
    it: string;
    /**
     * Etichetta inglese.
     */
    en?: string;
    /**
     * true se la categoria è una diffusione a destinatari indeterminati (albo, sito, social; Codice, art. 2-ter, c. 4).
     */
    diffusione?: boolean;
    /**
     * true se la categoria è di soggetti privati che usano i dati ricevuti per finalità proprie: un ente pubblico li comunica solo se lo prevede una norma (Codice, art. 2-ter, c. 3).
     */
    privati?: boolean;
  }[];
  operazioni?: Termini;
  misure?: Termini;
  /**
   * Traduzioni dei testi scritti nelle schede (finalità, durate, descrizioni, orari) per le informative e il sito nelle altre lingue. Con traduzioni.en il sito esce anche in inglese, e registro validate segnala i testi che l'informativa inglese mostrerebbe ancora in italiano.
   */
  traduzioni?: {
    /**
     * Le traduzioni inglesi: per ogni testo, it (il testo italiano, come è scritto nelle schede: gli spazi e gli a capo non contano) ed en (la sua traduzione).
     */
    en?: {
      /**
       * Il testo italiano, come è scritto nelle schede.
       */
      it: string;
      /**
       * La sua traduzione inglese.
       */
      en: string;
    }[];
  };
}
