package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.LiveProcess;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A persistent bash: {@link #exec} runs a command line in it as if typed at a prompt; {@code cd},
 * {@code export}, variables, functions, aliases and traps persist between execs.
 *
 * <p>Bash runs interactive ({@code -i}) on pipes, without job control or line editing, because
 * only an interactive shell treats SIGINT as a terminal's Ctrl-C does: it abandons the whole
 * command line, loops and lists included, and goes back to reading the next one. The end marker
 * therefore comes from {@code PROMPT_COMMAND} (made readonly, so that a command cannot lose it),
 * which bash runs before every prompt, after an abandoned line too. {@code $?} at the start of a
 * command is the previous command's status.
 *
 * <p>{@code exit} ends the shell: the EXIT trap reports the status and exec throws
 * {@link SessionEndedException} with it (and the command's output). A command that redirects
 * the shell's own stdout or stderr ({@code exec >file}) or replaces it ({@code exec python3})
 * breaks the protocol: it hits its timeout, and if the shell cannot be brought back it is
 * killed (SessionEndedException).
 */
public final class BashSession extends Session {

    /** Spawn the live process with this argv (and an env with PATH); then {@link #start}. */
    public static final List<String> ARGV = List.of("/bin/bash", "--noprofile", "--norc", "--noediting", "-i");

    // Names starting __dbx are the protocol's. \builtin: an alias cannot reroute it.
    private static final String SETUP = String.join("; ",
            "set +H +o history",
            "unset HISTFILE MAIL MAILCHECK MAILPATH PROMPT_COMMAND",
            "PS1= PS2= PS0=",
            // stdout's marker last: a checkpoint may come as soon as both markers are read, and
            // a redirection still being undone (>&2 keeps stdout on a spare fd until then)
            // would be copied with it
            "__dbx_done() { local s=$?; __dbx_s=$s; \\builtin printf '\\036DBX%s>\\n' \"$__dbx_n\" >&2;"
                    + " \\builtin printf '\\036DBX%s:r%d\\n' \"$__dbx_n\" \"$s\"; }",
            "__dbx_exit() { local s=$?; \\builtin printf '\\036DBX%s:x%d\\n' \"$__dbx_n\" \"$s\";"
                    + " \\builtin printf '\\036DBX%s>\\n' \"$__dbx_n\" >&2; }",
            "__dbx_ret() { return \"$1\"; }",
            "trap __dbx_exit EXIT",
            "__dbx_s=0",
            "readonly PROMPT_COMMAND=__dbx_done");

    private BashSession(LiveProcess p) {
        super(p);
    }

    /**
     * Sets up the protocol in a freshly spawned {@link #ARGV} and waits until it answers (what it
     * wrote at startup is dropped). A process rolled back from a checkpoint of a session is set
     * up already: {@link #reattach} the session (or {@link #adopt} it, in a new Session object).
     */
    public static BashSession start(LiveProcess p, Duration timeout) {
        BashSession s = new BashSession(p);
        try {
            s.setupPending = true;
            s.exec(":", timeout);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** A session on a process that is a rollback of a started session (set up already). */
    public static BashSession adopt(LiveProcess p) {
        return new BashSession(p);
    }

    private boolean setupPending; // the first request carries SETUP; set and used in start, before the session is shared

    @Override
    byte[] request(String nonce, String code) {
        if (code.indexOf('\0') >= 0) throw new IllegalArgumentException("a bash command cannot contain NUL");
        // __dbx_ret ... && : sets $? without tripping a user's set -e.
        String line = "__dbx_n=" + nonce + "; \\builtin printf '\\036DBX%s<\\n' \"$__dbx_n\"; \\builtin printf '\\036DBX%s<\\n' \"$__dbx_n\" >&2; __dbx_ret \"$__dbx_s\" && :; "
                + "\\builtin eval '" + code.replace("'", "'\\''") + "' </dev/null\n";
        if (setupPending) {
            setupPending = false;
            line = SETUP + "\n" + line;
        }
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
