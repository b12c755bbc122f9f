// Vite's `import.meta.glob`, as the tests use it: files imported eagerly, each as its text.
interface ImportMeta {
  glob<T>(
    pattern: string,
    options: { readonly query: '?raw'; readonly import: 'default'; readonly eager: true },
  ): Record<string, T>;
}
