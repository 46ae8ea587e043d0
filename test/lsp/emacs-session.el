;;; emacs-session.el --- drives eglot against `copydesk lsp --stdio' in `emacs --batch'  -*- lexical-binding: t -*-

;; Run by emacs.test.ts. It loads the setup from $COPYDESK_INIT (docs/editors.md's snippet with
;; the command pointed at this build), opens $COPYDESK_DRAFT, waits for the findings in Flymake,
;; applies one quick fix through eglot's code action menu and writes what it saw to
;; $COPYDESK_OUT as JSON. Every wait polls for its condition with a generous limit.

(require 'cl-lib)
(require 'json)
(require 'subr-x)

(defvar copydesk-patience 60 "Seconds any one step may take on a busy machine.")
(defvar copydesk-report nil)

(defun copydesk-wait (what condition)
  "Process the server's messages until CONDITION holds; fail after `copydesk-patience'."
  (let ((deadline (+ (float-time) copydesk-patience)))
    (while (not (funcall condition))
      (when (> (float-time) deadline) (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun copydesk-diagnostics ()
  "The buffer's Flymake diagnostics as plists, with the LSP code eglot kept for each."
  (let ((list (cl-loop for d in (flymake-diagnostics)
                       for lsp = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))
                       collect (list :line (1- (line-number-at-pos (flymake-diagnostic-beg d)))
                                     :beg (1- (flymake-diagnostic-beg d))
                                     :end (1- (flymake-diagnostic-end d))
                                     :type (symbol-name (flymake-diagnostic-type d))
                                     :code (plist-get lsp :code)
                                     :text (flymake-diagnostic-text d)))))
    (sort list (lambda (a b) (< (plist-get a :beg) (plist-get b :beg))))))

(defun copydesk-choose-code-action (title)
  "Answer eglot's code action menu with TITLE, as a user picking it would."
  (lambda (_prompt collection &rest _)
    (or (car (assoc title collection)) (error "No code action titled %s" title))))

(defun copydesk-buffer-text ()
  (buffer-substring-no-properties (point-min) (point-max)))

(condition-case err
    (progn
      ;; Batch mode skips the startup that activates installed packages (Debian's elpa-eglot).
      (package-activate-all)
      (unless (fboundp 'eglot-ensure) (error "eglot is not installed: apt-get install elpa-eglot"))
      (load (getenv "COPYDESK_INIT") nil t)
      ;; markdown-mode is a separate package; without it the draft is read in text-mode, which
      ;; the setup also covers (the server takes the language from the file's extension).
      (unless (fboundp 'markdown-mode)
        (add-to-list 'auto-mode-alist '("\\.md\\'" . text-mode)))
      (find-file (getenv "COPYDESK_DRAFT"))
      ;; eglot-ensure connects from the command loop's post-command-hook, which batch mode
      ;; never runs: run it once, as the end of the command that opened the file would.
      (run-hooks 'post-command-hook)
      (copydesk-wait "eglot to manage the draft" (lambda () (bound-and-true-p eglot--managed-mode)))
      ;; Flymake starts its backends on a timer or on display; start it now.
      (flymake-start nil t)
      (copydesk-wait "the first diagnostics" (lambda () (flymake-diagnostics)))
      (setq copydesk-report (plist-put copydesk-report :first (vconcat (copydesk-diagnostics))))

      (goto-char (point-min))
      (search-forward "recieve")
      (goto-char (match-beginning 0))
      ;; Invoked as from a key (not a mouse click), eglot asks through `completing-read'.
      (let ((last-nonmenu-event ?\r))
        (cl-letf (((symbol-function 'completing-read) (copydesk-choose-code-action "Change to “receive”")))
          (call-interactively #'eglot-code-actions)))
      (copydesk-wait "the quick fix" (lambda () (not (string-search "recieve" (copydesk-buffer-text)))))
      (setq copydesk-report (plist-put copydesk-report :after_quick_fix (copydesk-buffer-text)))
      (setq copydesk-report (plist-put copydesk-report :ok t))
      (eglot-shutdown (eglot-current-server)))
  (error (setq copydesk-report (plist-put copydesk-report :error (error-message-string err)))))

(with-temp-file (getenv "COPYDESK_OUT")
  (let ((json-encoding-pretty-print nil))
    (insert (json-encode (or copydesk-report '(:ok :json-false))))))
(kill-emacs 0)
