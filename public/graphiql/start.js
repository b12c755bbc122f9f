// Starts GraphiQL from files on this origin. Loaded before the GraphiQL bundle so that Monaco
// finds its worker scripts here rather than on a CDN; renders once every script has run.
'use strict';

const VENDOR = '/graphiql/vendor';

self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl(_moduleId, label) {
    const workers = {
      editorWorkerService: 'editor.worker.bundle.js',
      json: 'json.worker.bundle.js',
      graphql: 'graphql.worker..bundle.js',
    };
    return `${VENDOR}/monacoeditorwork/${workers[label] ?? workers.editorWorkerService}`;
  },
};

document.addEventListener('DOMContentLoaded', () => {
  const options = JSON.parse(document.getElementById('graphiql-options').textContent);
  self.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
});
