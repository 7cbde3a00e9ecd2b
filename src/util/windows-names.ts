/**
 * Names Windows keeps for its devices, with any extension: `trattamenti/con.yaml` cannot be
 * created there (writing it writes to the console), git cannot check it out, and the notice of a
 * service `nul` could not be saved as nul.pdf. Many DPOs work on Windows: a register must not
 * hold such a file even when it is made on Linux.
 */
const DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function isWindowsDeviceName(id: string): boolean {
  return DEVICE.test(id);
}
