// Types of dist/util/precompiled-templates.js, which `npm run build` generates from the .hbs
// files under templates/ (see compile-template.ts).
export const PRECOMPILED: Readonly<Record<string, TemplateSpecification | undefined>>;
