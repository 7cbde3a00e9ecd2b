// Generates the files derived from data and schemas, so that nothing is kept twice by hand:
//  - schemas/codici.schema.json: legal codes and vocabulary terms, from src/law/data and src/vocab/data;
//  - src/types/schema.ts: TypeScript types of the YAML files, from schemas/*.schema.json.
// `npm run gen` rewrites them; test/unit/generated.test.ts fails when they are stale.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

export function codesSchema() {
  // errorMessage: what yaml-language-server shows instead of its English "Value is not accepted".
  const codeEnum = (file, description, errorMessage) => {
    const { voci } = readJson(`src/law/data/${file}`);
    return {
      type: 'string',
      description,
      enum: voci.map((v) => v.codice),
      markdownEnumDescriptions: voci.map((v) => v.it),
      errorMessage,
    };
  };
  const terms = (file, description) => {
    const list = readJson(`src/vocab/data/${file}`);
    return {
      type: 'string',
      // Not minLength: yaml-language-server says a too short text only in English.
      pattern: '\\S',
      patternErrorMessage: 'Termine vuoto: scrivi un termine del vocabolario (il completamento li propone).',
      errorMessage: 'Valore non valido: serve un termine del vocabolario (il completamento li propone).',
      description: `${description} Termini predefiniti: ${list.map((t) => t.id).join(', ')}. Altri termini si aggiungono in vocabolario.yaml.`,
      examples: list.map((t) => t.id),
    };
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'codici.schema.json',
    title: 'Codici e vocabolari',
    description: 'Generato da src/law/data e src/vocab/data con npm run gen: non modificare a mano.',
    $defs: {
      'base-giuridica': codeEnum('basi-giuridiche.json', "Base giuridica dell'art. 6, par. 1 (6.1.a ... 6.1.f).", "Base giuridica non valida: scrivi il codice dell'art. 6, par. 1, da 6.1.a a 6.1.f (ad esempio 6.1.e)."),
      'condizione-art9': codeEnum('condizioni-art9.json', "Condizione dell'art. 9, par. 2 per le categorie particolari (9.2.a ... 9.2.j).", "Condizione non valida: scrivi il codice dell'art. 9, par. 2, da 9.2.a a 9.2.j (ad esempio 9.2.g)."),
      'meccanismo-trasferimento': codeEnum('meccanismi-trasferimento.json', 'Meccanismo del trasferimento (artt. 45-49): 45, 46.2.a ... 46.3.b, 47, 49.1.a ... 49.1.g, 49.1.2.', 'Meccanismo non valido: scrivi il codice dell\'articolo, ad esempio 46.2.c o 49.1.a; 45 e 47 tra virgolette ("45"), perché non siano letti come numeri.'),
      'criterio-wp248': (() => {
        const { criteri } = readJson('src/law/data/criteri-wp248.json');
        return {
          type: 'string',
          description: 'Criterio WP248 per la valutazione d\'impatto.',
          enum: criteri.map((c) => c.id),
          markdownEnumDescriptions: criteri.map((c) => `${c.numero}. ${c.it}`),
          errorMessage: 'Criterio non valido: scrivi uno dei criteri WP248 che il completamento propone.',
        };
      })(),
      paese: (() => {
        const { paesi } = readJson('src/i18n/data/paesi.json');
        const codes = Object.keys(paesi).sort();
        return {
          // One named type in src/types/schema.ts, not the 250 codes written out at each use.
          title: 'Paese',
          type: 'string',
          description: 'Codice ISO 3166-1 alfa-2 del paese, in maiuscolo (IT, US, CH, GB...).',
          enum: codes,
          markdownEnumDescriptions: codes.map((code) => paesi[code].it),
          errorMessage: 'Paese non valido: scrivi il codice ISO 3166-1 a due lettere maiuscole (GB per il Regno Unito, US per gli Stati Uniti).',
        };
      })(),
      'termine-interessati': terms('interessati.json', 'Categoria di interessati.'),
      'termine-dati': terms('dati.json', 'Categoria di dati personali.'),
      'termine-destinatari': terms('destinatari.json', 'Categoria di destinatari.'),
      'termine-operazioni': terms('operazioni.json', 'Operazione di trattamento (art. 4, n. 2).'),
      'termine-misure': terms('misure.json', 'Misura di sicurezza (art. 32).'),
    },
  };
}

const typeSources = [
  ['registro.schema.json', 'RegistroFile'],
  ['soggetti.schema.json', 'SoggettiFile'],
  ['trattamento.schema.json', 'TrattamentoFile'],
  ['servizio.schema.json', 'ServizioFile'],
  ['attivita-responsabile.schema.json', 'AttivitaResponsabileFile'],
  ['vocabolario.schema.json', 'VocabolarioFile'],
];

export async function schemaTypes() {
  const { compile } = await import('json-schema-to-typescript');
  const parts = ['/* Generated from schemas/*.schema.json by `npm run gen`: do not edit by hand. */\n'];
  const seen = new Set();
  for (const [file, name] of typeSources) {
    const schema = readJson(`schemas/${file}`);
    schema.title = name;
    const ts = await compile(schema, name, {
      bannerComment: '',
      cwd: join(root, 'schemas'),
      additionalProperties: false,
      unknownAny: true,
      declareExternallyReferenced: true,
      style: { singleQuote: true },
    });
    // Shared definitions are emitted once per schema that uses them: keep the first.
    for (const block of ts.split(/\n(?=export )/)) {
      const m = block.match(/^export (?:interface|type) (\w+)/);
      if (m && seen.has(m[1])) continue;
      if (m) seen.add(m[1]);
      parts.push(block.trim() + '\n');
    }
  }
  return parts.join('\n');
}

export function schemaFiles() {
  return readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'schemas/codici.schema.json'), JSON.stringify(codesSchema(), null, 2) + '\n');
  writeFileSync(join(root, 'src/types/schema.ts'), await schemaTypes());
  console.log('generated schemas/codici.schema.json and src/types/schema.ts');
}
