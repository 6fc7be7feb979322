-- Headless Neovim (0.7+ API) check of dist/server.js from a second, non-VS-Code editor: attach the
-- server to the opened buffer, wait for its diagnostics, then ask for a hover and code actions on
-- the first one. Prints one line per fact and PASS/FAIL; exits non-zero on failure.
-- usage: LSP_SERVER=dist/server.js nvim --headless --clean -n -c "luafile test/editors/nvim-lsp-check.lua" <file.md>
-- env:   LSP_SERVER (default dist/server.js), LSP_TIMEOUT_MS (default 15000)
local server = os.getenv('LSP_SERVER') or 'dist/server.js'
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '15000')
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg) out('FAIL: ' .. msg); vim.cmd('cquit 1') end

local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'markdown' -- languageId sent in textDocument/didOpen
local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')

local client_id = vim.lsp.start_client({
  name = 'tender-lint',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
  settings = { tenderLint = { rules = {} } },
})
if not client_id then out('FAIL: could not start the language server'); vim.cmd('cquit 2') end
vim.lsp.buf_attach_client(bufnr, client_id)

local t0 = vim.loop.hrtime()
local ok = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local ms = math.floor((vim.loop.hrtime() - t0) / 1e6)
local diags = vim.diagnostic.get(bufnr)
if not ok or #diags == 0 then fail(string.format('no diagnostics within %d ms', timeout)) end

local function code_of(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
for _, d in ipairs(diags) do
  out(string.format('diagnostic %d:%d-%d severity=%d source=%s code=%s: %s',
    d.lnum + 1, d.col + 1, d.end_col + 1, d.severity, tostring(d.source), tostring(code_of(d)), d.message))
end

-- Hover and code actions on the first diagnostic, answered by the same server.
local first = diags[1]
local position = { line = first.lnum, character = first.col }
local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
  { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = position }, timeout)
local hover_text = ''
for _, r in pairs(hover or {}) do
  if r.result and r.result.contents then hover_text = r.result.contents.value or '' end
end
out('hover: ' .. (hover_text:gsub('\n.*', '')))

-- Neovim 0.7 keeps only the LSP-specific fields (code, codeDescription, data) in user_data.lsp.
local lsp_diag = vim.tbl_extend('force', first.user_data and first.user_data.lsp or {}, {
  range = { start = position, ['end'] = { line = first.end_lnum, character = first.end_col } },
  message = first.message, severity = first.severity, source = first.source, code = code_of(first),
})
local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(bufnr),
  range = lsp_diag.range,
  context = { diagnostics = { lsp_diag } },
}, timeout)
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do out('action: ' .. a.title) end
end

vim.lsp.stop_client(client_id)
if hover_text == '' then fail('no hover on the diagnostic') end
out(string.format('PASS: %d diagnostic(s) after %d ms', #diags, ms))
vim.cmd('qall!')
