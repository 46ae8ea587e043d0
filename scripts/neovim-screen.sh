#!/usr/bin/env bash
# Shows Copydesk in Neovim for the README: opens a draft in Neovim (inside tmux, 100x24) with
# the language server started as docs/editors.md says, lists the diagnostics in the location
# list, and prints the screen (tmux capture-pane). Needs nvim, tmux and a build (npm run build).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'tmux kill-session -t copydesk-screen 2>/dev/null || true; rm -rf "$work"' EXIT
node -e 'require("tsx/cjs"); process.stdout.write(require(process.argv[1]).DRAFT)' "$root/test/lsp/fixtures.ts" > "$work/draft.md"
cat > "$work/init.lua" <<LUA
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    local id = vim.lsp.start_client({ name = 'copydesk', cmd = { 'node', '$root/dist/cli.js', 'lsp', '--stdio' }, root_dir = vim.fn.getcwd() })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
LUA
cd "$work"
tmux new-session -d -s copydesk-screen -x 100 -y 24 "nvim --clean -u $work/init.lua draft.md"
# Wait (up to a minute) for the diagnostics, then show them in the location list.
for _ in $(seq 1 300); do
  tmux send-keys -t copydesk-screen ':lua if #vim.diagnostic.get(0) > 0 then vim.diagnostic.setloclist() end' Enter
  sleep 0.2
  if tmux capture-pane -p -t copydesk-screen | grep -q 'Location List'; then break; fi
done
tmux send-keys -t copydesk-screen ':echo ""' Enter
sleep 0.5
tmux capture-pane -p -t copydesk-screen | sed -e 's/[[:space:]]*$//'
