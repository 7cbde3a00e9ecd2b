import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The private LibreOffice profile a conversion runs with: a document to import is someone else's
 * file, and LibreOffice would otherwise fetch what it links from outside (an image linked by URL
 * in a .docx is downloaded while converting: a tracking request from the DPO's machine, or a
 * Windows share that receives their credentials) and could run its macros. Links outside the
 * document are blocked and macros are off; the cells' values are read as the file saved them.
 */
const SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
`;

/** Writes the sealed profile into `profile` (a folder of the conversion's own temporary folder). */
export function writeSealedProfile(profile: string): void {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), SETTINGS);
}
