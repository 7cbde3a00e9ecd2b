// A minimal VS Code client for `registro lsp`: starts the server on stdio for YAML files.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('registro');
  // Without a language of its own the server speaks VS Code's, which the client sends as its locale.
  const lang = config.get('lang');
  const args = ['lsp', ...(lang ? ['--lang', lang] : [])];
  // yaml-language-server (the YAML extension) already reports schema errors: not twice.
  if (!config.get('schema', false)) args.push('--no-schema');
  const command = config.get('command', 'registro');
  const server = { command, args, options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath } };
  client = new LanguageClient('registro', 'registro', server, {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}') },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
