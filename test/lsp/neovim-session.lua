-- Drives Neovim's built-in LSP client (0.7) against `copydesk lsp --stdio`, headless, and
-- writes what it saw to $COPYDESK_OUT as JSON. Each step waits for its condition with a
-- generous limit (vim.wait polls), never for a fixed time. Run by neovim.test.ts.
local cli = os.getenv('COPYDESK_CLI')
local draft = os.getenv('COPYDESK_DRAFT')
local out = os.getenv('COPYDESK_OUT')
local patience = 60000
local report = {}

local function write_report()
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
end

local function wait(what, condition)
  if not vim.wait(patience, condition, 20) then error('timed out waiting for ' .. what) end
end

local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = d.code or lsp.code,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

local function lines(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end

-- Chooses, in Neovim's own code action menu, the entry with this title.
local function choose_code_action(title)
  vim.ui.select = function(items, _, on_choice)
    for index, item in ipairs(items) do
      local action = item[2] or item.action
      if action and action.title == title then return on_choice(item, index) end
    end
    error('no code action titled ' .. title)
  end
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { 'node', cli, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
    flags = { debounce_text_changes = 50 },
  })
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. The findings arrive as diagnostics.
  wait('the first diagnostics', function() return #vim.diagnostic.get(bufnr) > 0 end)
  report.first = diagnostics(bufnr)

  -- 2. A quick fix chosen in the code action menu edits the buffer.
  local line = vim.fn.search('recieve')
  vim.api.nvim_win_set_cursor(0, { line, vim.fn.col('.') - 1 })
  choose_code_action('Change to “receive”')
  vim.lsp.buf.code_action()
  wait('the quick fix', function() return not lines(bufnr):find('recieve') end)
  report.after_quick_fix = lines(bufnr)

  -- 3. An edit typed into a line brings new diagnostics.
  wait('diagnostics after the quick fix', function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.message:find('recieve') then return false end end
    return true
  end)
  local sgined = vim.fn.search('sgined') - 1
  local text = vim.api.nvim_buf_get_lines(bufnr, sgined, sgined + 1, false)[1]
  vim.api.nvim_buf_set_lines(bufnr, sgined, sgined + 1, false, { (text:gsub('sgined', 'signed')) })
  wait('diagnostics after the edit', function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.message:find('sgined') then return false end end
    return true
  end)
  report.after_edit = diagnostics(bufnr)

  -- 4. Fix all, asked for by kind, as a key binding would.
  choose_code_action('Fix all safe Copydesk problems in this file')
  vim.lsp.buf.code_action({ only = { 'source.fixAll.copydesk' } })
  wait('fix-all', function() return not lines(bufnr):find('the the') end)
  report.after_fix_all = lines(bufnr)

  -- 5. "Add to the workspace dictionary": the server asks Neovim to create and fill
  -- .copydesk/words.txt (workspace/applyEdit), and the finding goes.
  local ramnatein = vim.fn.search('Ramnatein')
  vim.api.nvim_win_set_cursor(0, { ramnatein, vim.fn.col('.') - 1 })
  choose_code_action('Add "Ramnatein" to the workspace dictionary')
  vim.lsp.buf.code_action()
  local words = vim.fn.fnamemodify(draft, ':h') .. '/.copydesk/words.txt'
  wait('the words file', function() return vim.fn.bufnr(words) ~= -1 and #table.concat(vim.api.nvim_buf_get_lines(vim.fn.bufnr(words), 0, -1, false)) > 0 end)
  report.words_file = lines(vim.fn.bufnr(words))
  wait('the added word accepted', function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.message:find('Ramnatein') then return false end end
    return true
  end)
  report.after_add_word = diagnostics(bufnr)

  vim.lsp.stop_client(client_id)
  wait('the server to stop', function() return vim.lsp.get_client_by_id(client_id) == nil end)
end)

report.ok = ok
report.error = ok and vim.NIL or tostring(err)
write_report()
vim.cmd('qa!')
