// Preloaded into the language server by the safety test: any attempt to reach the network or
// start a program is written to $COPYDESK_FORBIDDEN_LOG and then refused.
const { appendFileSync } = require('node:fs');
const log = process.env.COPYDESK_FORBIDDEN_LOG;
function forbid(object, name, what) {
  const original = object[name];
  object[name] = function forbidden(...args) {
    appendFileSync(log, `${what}\n`);
    throw new Error(`${what} is forbidden in this test`);
  };
  object[name].original = original;
}
const net = require('node:net');
forbid(net.Socket.prototype, 'connect', 'net.Socket.connect');
forbid(net, 'createServer', 'net.createServer');
forbid(require('node:dns'), 'lookup', 'dns.lookup');
for (const module of ['node:http', 'node:https']) for (const name of ['request', 'get', 'createServer']) forbid(require(module), name, `${module}.${name}`);
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) forbid(require('node:child_process'), name, `child_process.${name}`);
