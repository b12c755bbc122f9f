declare module '*?raw' {
  const text: string;
  export default text;
}

// Vite's import.meta.glob, as the tests use it (vite/client's types would bring the DOM's).
interface ImportMeta {
  glob<T>(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, T>;
}
