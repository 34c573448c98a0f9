/** What Mermaid shows for escaped text: each `#N;` entity is the character N. */
export const decodeEntities = (text: string): string => text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
