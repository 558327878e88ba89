/** Text for HTML and SVG: every character that could open markup or close an attribute escaped. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
