#ifndef LEARNLOG_CREADLINE_SHIM_H
#define LEARNLOG_CREADLINE_SHIM_H
// readline's headers use FILE without including stdio.h themselves.
#include <stdio.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 treats every C global as shared mutable state, so reading or assigning readline's
// globals from Swift is a concurrency error. These small helpers do it on the C side instead.
// They are all called from the one thread that drives readline.

/// Names the application for inputrc `$if learnlog`, and stops readline from installing its own
/// signal handlers (we use a self-pipe) and from exporting LINES/COLUMNS (which would freeze our
/// own terminal-width lookup at the first size).
static inline void learnlog_rl_configure(void) {
  rl_readline_name = "learnlog";
  rl_catch_signals = 0;
  rl_catch_sigwinch = 0;
  rl_change_environment = 0;
}

/// Installs the completion hooks; `entry` should return NULL so filename completion never runs.
static inline void learnlog_rl_set_completion(rl_completion_func_t *attempted,
                                              rl_compentry_func_t *entry) {
  rl_attempted_completion_function = attempted;
  rl_completion_entry_function = entry;
}

/// Must be called from inside the attempted-completion function: readline resets it before each
/// attempt, and a non-zero value stops the fallback to filename completion.
static inline void learnlog_rl_set_attempted_completion_over(int value) {
  rl_attempted_completion_over = value;
}

/// Binds the bracketed-paste start sequence in every insert-capable keymap, so vi users get the
/// same paste detection as emacs users.
static inline void learnlog_rl_bind_paste_begin(rl_command_func_t *function) {
  rl_bind_keyseq_in_map("\033[200~", function, emacs_standard_keymap);
  rl_bind_keyseq_in_map("\033[200~", function, vi_insertion_keymap);
  rl_bind_keyseq_in_map("\033[200~", function, vi_movement_keymap);
}

/// Binds Backspace (DEL and Ctrl-H) in the keymaps where it deletes backwards while typing.
static inline void learnlog_rl_bind_rubout(rl_command_func_t *function) {
  rl_bind_key_in_map(127, function, emacs_standard_keymap);
  rl_bind_key_in_map(8, function, emacs_standard_keymap);
  rl_bind_key_in_map(127, function, vi_insertion_keymap);
  rl_bind_key_in_map(8, function, vi_insertion_keymap);
}

/// Deletes the bytes from `start` to the cursor (undoable, like any readline edit) and leaves
/// the cursor at `start`.
static inline void learnlog_rl_delete_before_point(int start) {
  if (start < 0 || start >= rl_point) return;
  rl_delete_text(start, rl_point);
  rl_point = start;
}

/// Binds the keys that move the cursor one character (Left and Right in their CSI `ESC [ D/C`
/// and SS3 `ESC O D/C` forms, Ctrl-B, Ctrl-F) and that delete the character under it (Delete,
/// `ESC [ 3 ~`, and Ctrl-D) in the emacs keymap; the arrows and Delete in the vi insertion
/// keymap as well (Ctrl-B, Ctrl-F and Ctrl-D do other things there). Ctrl-D on an empty line
/// still ends input: readline checks for its end-of-file character before looking up the key.
static inline void learnlog_rl_bind_character_keys(rl_command_func_t *backward,
                                                   rl_command_func_t *forward,
                                                   rl_command_func_t *delete_forward) {
  Keymap maps[2] = {emacs_standard_keymap, vi_insertion_keymap};
  for (int i = 0; i < 2; i++) {
    rl_bind_keyseq_in_map("\033[D", backward, maps[i]);
    rl_bind_keyseq_in_map("\033OD", backward, maps[i]);
    rl_bind_keyseq_in_map("\033[C", forward, maps[i]);
    rl_bind_keyseq_in_map("\033OC", forward, maps[i]);
    rl_bind_keyseq_in_map("\033[3~", delete_forward, maps[i]);
  }
  rl_bind_key_in_map(2, backward, emacs_standard_keymap);        // Ctrl-B
  rl_bind_key_in_map(6, forward, emacs_standard_keymap);         // Ctrl-F
  rl_bind_key_in_map(4, delete_forward, emacs_standard_keymap);  // Ctrl-D
}

/// Deletes the bytes from the cursor to `end` (undoable); the cursor stays where it is.
static inline void learnlog_rl_delete_after_point(int end) {
  if (end <= rl_point || end > rl_end) return;
  rl_delete_text(rl_point, end);
}

/// The length of the line, in bytes.
static inline int learnlog_rl_end(void) {
  return rl_end;
}

/// The text typed so far (never NULL).
static inline const char *learnlog_rl_line_buffer(void) {
  return rl_line_buffer ? rl_line_buffer : "";
}

/// The cursor position, in bytes into the line buffer.
static inline int learnlog_rl_point(void) {
  return rl_point;
}

/// Places the cursor (a byte offset), clamped to the line.
static inline void learnlog_rl_set_point(int point) {
  rl_point = point < 0 ? 0 : (point > rl_end ? rl_end : point);
}

/// Moves the cursor to the end of the line and redraws, so text printed next (such as "^C")
/// starts after everything typed rather than in the middle of it.
static inline void learnlog_rl_move_to_end(void) {
  rl_point = rl_end;
  rl_redisplay();
}

// MARK: - Self-pipe signal handling

// The handler must be async-signal-safe: it only writes one byte (the signal number) to a
// non-blocking pipe and preserves errno. The file descriptor lives on the C side because reading
// a Swift global from a signal handler may run Swift's lazy-initialisation machinery, which is
// not async-signal-safe.
//
// The state is kept in function-local statics: Swift's importer emits the bodies of the inline
// functions it uses (with their local statics) but not file-scope statics declared in a header.
// Each Swift file that calls them may get its own private copy (the functions are `static`), so
// only ReadlineLineReader.swift may call the learnlog_signals_* functions: one file, one state.
// SIGQUIT (Ctrl-\) is handled as SIGTERM is: the half-typed answer is kept, not dumped with
// the core.
#define LEARNLOG_HANDLED_SIGNALS 6

typedef struct {
  volatile sig_atomic_t write_fd;
  int installed_count;
  struct sigaction saved[LEARNLOG_HANDLED_SIGNALS];
} learnlog_signal_state_t;

static inline learnlog_signal_state_t *learnlog_signal_state(void) {
  static learnlog_signal_state_t state = {-1, 0, {{{0}}}};
  return &state;
}

static inline int learnlog_handled_signal(int index) {
  static const int signals[LEARNLOG_HANDLED_SIGNALS] = {
      SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP};
  return signals[index];
}

static inline void learnlog_signal_handler(int signal_number) {
  int saved_errno = errno;
  int fd = learnlog_signal_state()->write_fd;
  if (fd >= 0) {
    unsigned char byte = (unsigned char)signal_number;
    ssize_t ignored = write(fd, &byte, 1);
    (void)ignored;
  }
  errno = saved_errno;
}

/// Routes SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH and SIGTSTP to `write_fd`, remembering the previous actions.
static inline int learnlog_signals_begin(int write_fd) {
  learnlog_signal_state_t *state = learnlog_signal_state();
  state->write_fd = write_fd;
  state->installed_count = 0;
  struct sigaction action;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  action.sa_handler = learnlog_signal_handler;
  for (int i = 0; i < LEARNLOG_HANDLED_SIGNALS; i++) {
    if (sigaction(learnlog_handled_signal(i), &action, &state->saved[i]) != 0) {
      return -1;
    }
    state->installed_count = i + 1;
  }
  return 0;
}

/// Restores the actions saved by `learnlog_signals_begin` (only those it actually replaced).
static inline void learnlog_signals_end(void) {
  learnlog_signal_state_t *state = learnlog_signal_state();
  for (int i = 0; i < state->installed_count; i++) {
    sigaction(learnlog_handled_signal(i), &state->saved[i], NULL);
  }
  state->installed_count = 0;
  state->write_fd = -1;
}

/// Ctrl-Z: stops the process the default way, and returns once it is continued (`fg`).
/// Called from the read loop, not from a signal handler, after the terminal has been restored.
static inline void learnlog_suspend_self(void) {
  struct sigaction default_action;
  struct sigaction our_action;
  sigemptyset(&default_action.sa_mask);
  default_action.sa_flags = 0;
  default_action.sa_handler = SIG_DFL;
  sigaction(SIGTSTP, &default_action, &our_action);
  raise(SIGTSTP);
  sigaction(SIGTSTP, &our_action, NULL);
}

#endif
