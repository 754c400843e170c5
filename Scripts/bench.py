#!/usr/bin/env python3
"""Scripts/bench: learnlog's speed, side by side with jrnl on the same data (stdlib only).

Run through Scripts/bench; `Scripts/bench --help` lists the options. Prints one table and writes
docs/BENCHMARKS.md (a --quick run writes .build/bench/BENCHMARKS-quick.md instead, so a test run
never overwrites the recorded figures).
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in Scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_corpus as corpus  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, ".build", "bench")
CHUNK = 5000
MIB = 1024 * 1024


def say(text):
    print(text, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Running a command and measuring it


class Run:
    def __init__(self, seconds, max_rss_kib, status, error):
        self.seconds = seconds
        self.max_rss_kib = max_rss_kib
        self.status = status
        self.error = error


def peak_rss_launcher():
    """The small C launcher that measures each command (Scripts/Bench/peakrss.c), built once.

    Linux carries a process's peak RSS across fork and exec, so wait4() here would report this
    Python process's size (tens of MiB after generating a corpus) for every command it starts.
    """
    source = os.path.join(ROOT, "Scripts", "Bench", "peakrss.c")
    binary = os.path.join(BENCH, "peakrss")
    if not os.path.exists(binary) or os.path.getmtime(binary) < os.path.getmtime(source):
        os.makedirs(BENCH, exist_ok=True)
        compiler = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
        if compiler is None:
            raise RuntimeError("no C compiler (cc, clang or gcc) to build Scripts/Bench/peakrss.c")
        subprocess.run([compiler, "-O2", "-o", binary + ".tmp", source], check=True)
        os.replace(binary + ".tmp", binary)
    return binary


def run_once(argv, env, stdin_path=None, timeout=600, stdout_path=None):
    """Runs argv once through the launcher: wall time from fork to exit, and the peak RSS of
    the command alone."""
    with open(stdin_path or os.devnull, "rb") as stdin, \
            open(stdout_path or os.devnull, "wb") as stdout, \
            tempfile.TemporaryFile() as stderr, \
            tempfile.NamedTemporaryFile(prefix="peakrss-", dir=BENCH) as figures:
        process = subprocess.Popen([peak_rss_launcher(), figures.name] + list(argv), stdin=stdin,
                                   stdout=stdout, stderr=stderr, env=env, start_new_session=True)
        # The launcher and the command share a process group, so a timeout stops both.
        timer = threading.Timer(timeout, lambda: os.killpg(process.pid, 9))
        timer.start()
        process.wait()
        timer.cancel()
        stderr.seek(0)
        error = stderr.read().decode("utf-8", "replace")
        text = open(figures.name).read().split()
    if len(text) != 2:
        return Run(float("nan"), 0, process.returncode or 70, error or "peakrss wrote no figures")
    return Run(float(text[0]), int(text[1]), process.returncode, error)


class Figure:
    """Several runs of one command: median, min, max and the peak RSS over all of them."""

    def __init__(self, runs=None, note=""):
        self.runs = runs or []
        self.note = note
        self.failure = None
        self.skipped = None

    @property
    def ok(self):
        return self.runs and not self.failure and not self.skipped

    @property
    def times(self):
        return [run.seconds for run in self.runs]

    @property
    def median(self):
        return statistics.median(self.times)

    @property
    def peak_mib(self):
        return max(run.max_rss_kib for run in self.runs) / 1024


def measure(argv, env, runs, warmup=1, setup=None, stdin_path=None, timeout=600):
    figure = Figure()
    for index in range(warmup + runs):
        if setup:
            setup()
        run = run_once(argv, env, stdin_path, timeout)
        if run.status != 0:
            figure.failure = f"exit {run.status}: {first_line(run.error)}"
            return figure
        if index >= warmup:
            figure.runs.append(run)
    return figure


def skipped(reason):
    figure = Figure()
    figure.skipped = reason
    return figure


def first_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0][:160] if lines else "no message"


# ---------------------------------------------------------------------------------------------
# learnlog and jrnl


def swift_build(configuration):
    command = ["swift", "build", "-c", configuration, "--package-path", ROOT]
    if configuration == "release":
        # As Scripts/install builds it (Scripts/lib.sh): the Swift runtime linked in.
        command.append("--static-swift-stdlib")
    say(f"bench: {' '.join(command[:4] + command[6:])}…")
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        say(result.stdout)
        sys.exit("bench: the build failed")
    path = subprocess.run(command + ["--show-bin-path"], stdout=subprocess.PIPE, text=True,
                          check=True).stdout.strip()
    return os.path.join(path, "learnlog")


def choose_binary(options):
    """(path, 'release' or 'debug'): built here, or taken as it is with --no-build."""
    release = os.path.join(ROOT, ".build", "release", "learnlog")
    debug = os.path.join(ROOT, ".build", "debug", "learnlog")
    if options.no_build:
        given = os.environ.get("LEARNLOG_BIN")
        for path in [given, release, debug]:
            if path and os.access(path, os.X_OK):
                return path, configuration_of(path)
        sys.exit("bench: --no-build, but there is no learnlog binary (set LEARNLOG_BIN or build)")
    if options.quick:
        if os.access(release, os.X_OK):
            say("bench: --quick uses the release build that is already there")
            return release, "release"
        say("bench: --quick and no release build yet: using a debug build (slower figures)")
        return swift_build("debug"), "debug"
    return swift_build("release"), "release"


def configuration_of(path):
    return "release" if os.sep + "release" in os.path.realpath(path) else "debug"


class Learnlog:
    def __init__(self, binary, home):
        self.binary = binary
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "NO_COLOR": "1",
        }
        os.makedirs(self.env["XDG_CONFIG_HOME"], exist_ok=True)
        help_text = {}
        for command in ["search", "import", "prepare", "review"]:
            result = subprocess.run([binary, "help", command], stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True, env=self.env)
            help_text[command] = result.stdout if result.returncode == 0 else None
        self.help = help_text

    def has(self, command):
        return self.help.get(command) is not None

    @property
    def imports_formats(self):
        return self.has("import") and "--format" in self.help["import"]

    def argv(self, db, *arguments):
        return [self.binary, "--db", db, *arguments]


class Jrnl:
    """jrnl from PyPI in a private virtual environment, with a private configuration."""

    def __init__(self, venv, config_home):
        self.executable = os.path.join(venv, "bin", "jrnl")
        self.config_home = config_home
        self.version = ""

    @staticmethod
    def install(venv):
        executable = os.path.join(venv, "bin", "jrnl")
        if os.access(executable, os.X_OK):
            return True, None
        python = shutil.which("python3")
        if not python:
            return False, "python3 is not installed"
        say("bench: installing jrnl into .build/bench/venv…")
        steps = [[python, "-m", "venv", venv],
                 [os.path.join(venv, "bin", "pip"), "install", "--quiet",
                  "--disable-pip-version-check", "jrnl"]]
        for step in steps:
            result = subprocess.run(step, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if result.returncode != 0:
                shutil.rmtree(venv, ignore_errors=True)
                return False, first_line(result.stdout)
        return True, None

    def env(self, journal):
        folder = os.path.join(self.config_home, os.path.basename(journal) + ".config")
        os.makedirs(os.path.join(folder, "jrnl"), exist_ok=True)
        with open(os.path.join(folder, "jrnl", "jrnl.yaml"), "w") as config:
            config.write(JRNL_CONFIG.format(journal=journal))
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.config_home,
            "XDG_CONFIG_HOME": folder,
            "XDG_DATA_HOME": os.path.join(folder, "data"),
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "NO_COLOR": "1",
        }

    def read_version(self):
        result = subprocess.run([self.executable, "--version"], stdout=subprocess.PIPE, text=True)
        self.version = first_line(result.stdout)


JRNL_CONFIG = """colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: false
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: '4.6'
"""


# ---------------------------------------------------------------------------------------------
# The corpus, cached under .build/bench keyed by size and seed


def corpus_files(size, seed):
    folder = os.path.join(BENCH, "corpus")
    os.makedirs(folder, exist_ok=True)
    key = f"{size}-s{seed}-g{corpus.GENERATOR_VERSION}"
    chunks = (size + CHUNK - 1) // CHUNK
    exports = [os.path.join(folder, f"export-{key}.{n}.json") for n in range(chunks)]
    journal = os.path.join(folder, f"journal-{key}.txt")
    if not all(os.path.exists(path) for path in exports + [journal]):
        say(f"bench: generating {size:,} entries (seed {seed})…")
        temporary = [path + ".tmp" for path in exports]
        corpus.write_corpus(seed, size, temporary, journal + ".tmp", CHUNK)
        for made, path in zip(temporary, exports):
            os.replace(made, path)
        os.replace(journal + ".tmp", journal)
    return key, exports, journal


def learnlog_database(learnlog, size, seed):
    """A log with the corpus, imported through `learnlog import --format json`; cached."""
    key, exports, _ = corpus_files(size, seed)
    path = os.path.join(BENCH, "corpus", f"learnlog-{key}.sqlite3")
    if os.path.exists(path):
        check = run_once(learnlog.argv(path, "log", "-n", "1"), learnlog.env)
        if check.status == 0:
            return path
        say(f"bench: the cached log {os.path.basename(path)} does not open; rebuilding it")
    building = path + ".building"
    for leftover in [building, building + "-wal", building + "-shm", building + "-journal"]:
        if os.path.exists(leftover):
            os.remove(leftover)
    say(f"bench: importing {size:,} entries into a learnlog log…")
    for export in exports:
        result = run_once(learnlog.argv(building, "import", "--format", "json", export),
                          learnlog.env, timeout=3600)
        if result.status != 0:
            raise RuntimeError(f"import --format json failed: {first_line(result.error)}")
    os.replace(building, path)
    return path


# ---------------------------------------------------------------------------------------------
# The figures


class Row:
    def __init__(self, name, target_seconds, learnlog, jrnl=None, target_text=None):
        self.name = name
        self.target_seconds = target_seconds
        self.target_text = target_text
        self.learnlog = learnlog
        self.jrnl = jrnl


def milliseconds(seconds):
    value = seconds * 1000
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 100:
        return f"{value:.0f} ms"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.2f} ms"


def describe(figure):
    if figure is None:
        return "—"
    if figure.skipped:
        return f"n/a ({figure.skipped})"
    if figure.failure:
        return f"failed ({figure.failure})"
    return f"{milliseconds(figure.median)} ({milliseconds(min(figure.times))}–{milliseconds(max(figure.times))})"


def memory(figure):
    if figure is None or not figure.ok or not any(run.max_rss_kib for run in figure.runs):
        return "—"
    return f"{figure.peak_mib:.1f} MiB"


def verdict(row):
    figure = row.learnlog
    if not figure.ok or row.target_seconds is None:
        return ""
    within_time = figure.median <= row.target_seconds
    within_memory = not any(run.max_rss_kib for run in figure.runs) or figure.peak_mib <= 40
    return "yes" if within_time and within_memory else "NO"


def ratio(row):
    if row.jrnl is None or not row.jrnl.ok or not row.learnlog.ok:
        return "—"
    return f"{row.jrnl.median / row.learnlog.median:.1f}×"


HEADERS = ["figure", "learnlog median (min–max)", "target", "met", "peak RSS",
           "jrnl median (min–max)", "jrnl peak RSS", "jrnl ÷ learnlog"]


def table_rows(rows):
    return [[row.name, describe(row.learnlog),
             row.target_text or (f"≤ {milliseconds(row.target_seconds)}" if row.target_seconds else "—"),
             verdict(row), memory(row.learnlog), describe(row.jrnl), memory(row.jrnl), ratio(row)]
            for row in rows]


def plain_table(rows):
    cells = [HEADERS] + table_rows(rows)
    widths = [max(len(line[column]) for line in cells) for column in range(len(HEADERS))]
    lines = []
    for index, line in enumerate(cells):
        lines.append("  ".join(cell.ljust(widths[column]) for column, cell in enumerate(line)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(rows):
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + " --- |" * len(HEADERS)]
    for line in table_rows(rows):
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |")
    return "\n".join(lines)


def rules_figure(learnlog, answer_path, runs, rules_path=None, step=None):
    """Per-evaluation timings from `learnlog __bench-rules`; the figure is the slowest step's."""
    argv = [learnlog.binary]
    if rules_path:
        argv += ["--rules", rules_path]
    argv += ["__bench-rules", "--repeat", str(runs)]
    if step:
        argv += ["--step", step]
    argv.append(answer_path)
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        run = run_once(argv, learnlog.env, stdout_path=output.name, timeout=1800)
        if run.status != 0:
            figure = Figure()
            figure.failure = f"exit {run.status}: {first_line(run.error)}"
            return figure, None
        report = json.load(open(output.name))
    slowest = max(report["steps"], key=lambda step: statistics.median(step["milliseconds"]))
    figure = Figure([Run(ms / 1000, run.max_rss_kib, 0, "") for ms in slowest["milliseconds"]])
    every = [ms for step in report["steps"] for ms in step["milliseconds"]]
    report["slowest"] = slowest["step"]
    report["allStepsMedianMilliseconds"] = statistics.median(every)
    return figure, report


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_text = "unknown"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                memory_text = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    system = platform.platform()
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                system = line.split("=", 1)[1].strip().strip('"') + f" (Linux {platform.release()})"
    except OSError:
        pass
    swift = ""
    if shutil.which("swift"):
        result = subprocess.run(["swift", "--version"], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        swift = first_line(result.stdout)
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory_text, "os": system,
            "swift": swift, "python": platform.python_version()}


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(
        prog="Scripts/bench",
        description="Measures learnlog (and jrnl, on the same data) and writes docs/BENCHMARKS.md.")
    parser.add_argument("--quick", action="store_true",
                        help="1,000 entries, fewer runs, no 100,000: under a minute")
    parser.add_argument("--no-jrnl", action="store_true", help="measure learnlog alone")
    parser.add_argument("--no-build", action="store_true",
                        help="use $LEARNLOG_BIN (else .build/release, else .build/debug) as it is")
    parser.add_argument("--runs", type=int, help="runs per figure (default 10; --quick 3)")
    parser.add_argument("--seed", type=int, default=1, help="the corpus seed (default 1)")
    parser.add_argument("--output", help="where to write the Markdown report")
    options = parser.parse_args()

    started = time.time()
    runs = options.runs or (3 if options.quick else 10)
    slow_runs = max(1, runs // 3) if not options.quick else 1
    binary, configuration = choose_binary(options)
    say(f"bench: learnlog {configuration} build at {os.path.relpath(binary, ROOT)}")

    os.makedirs(BENCH, exist_ok=True)
    work = tempfile.mkdtemp(prefix="run-", dir=BENCH)
    try:
        learnlog = Learnlog(binary, os.path.join(work, "home"))
        jrnl = None
        jrnl_note = None
        if options.no_jrnl:
            jrnl_note = "jrnl not measured (--no-jrnl)"
        else:
            venv = os.path.join(BENCH, "venv")
            installed, reason = Jrnl.install(venv)
            if installed:
                jrnl = Jrnl(venv, os.path.join(work, "jrnl"))
                jrnl.read_version()
            else:
                jrnl_note = f"jrnl could not be installed ({reason}); measuring learnlog alone"
                say(f"bench: {jrnl_note}")

        missing = [command for command in ["search", "prepare", "review"] if not learnlog.has(command)]
        if not learnlog.imports_formats:
            missing.append("import --format")
        if missing:
            say(f"bench: this build has no {', '.join(missing)}: those figures are n/a")

        rows = []
        sizes = [1000] if options.quick else [10000, 100000]
        import_size = 1000 if options.quick else 10000
        work_size = 1000 if options.quick else 10000

        # Start to first prompt on an empty log; jrnl printing one entry of a one-entry journal.
        empty = os.path.join(work, "empty.sqlite3")
        startup = measure(learnlog.argv(empty, "reflect"), learnlog.env, runs)
        jrnl_startup = None
        if jrnl:
            one = os.path.join(work, "one-entry.txt")
            with open(one, "w") as journal:
                journal.write("[2026-11-28 09:00] Best session with Ravi\nI listened more than I talked.\n")
            jrnl_startup = measure([jrnl.executable, "-n", "1"], jrnl.env(one), runs)
        rows.append(Row("start to first prompt (empty log; jrnl: -n 1)", 0.015, startup, jrnl_startup))

        # Full-text search.
        targets = {1000: 0.015, 10000: 0.015, 100000: 0.030}
        for size in sizes:
            name = f"search, {size:,} entries"
            _, _, journal = corpus_files(size, options.seed)
            if not (learnlog.has("search") and learnlog.imports_formats):
                figure = skipped("no `search` or `import --format json` in this build")
            else:
                try:
                    db = learnlog_database(learnlog, size, options.seed)
                    figure = measure(learnlog.argv(db, "search", corpus.SEARCH_WORD), learnlog.env, runs)
                except RuntimeError as error:
                    figure = Figure()
                    figure.failure = str(error)
            jrnl_figure = None
            if jrnl:
                jrnl_runs = runs if size <= 10000 else max(1, runs // 3)
                jrnl_figure = measure([jrnl.executable, "-contains", corpus.SEARCH_WORD],
                                      jrnl.env(journal), jrnl_runs, warmup=0 if size > 10000 else 1)
            rows.append(Row(name + " (top 20)", targets[size], figure, jrnl_figure))
            # jrnl prints every match; learnlog shows the best 20 unless asked for more.
            if figure.ok:
                every = measure(learnlog.argv(db, "search", "-n", "100000", corpus.SEARCH_WORD),
                                learnlog.env, runs)
                rows.append(Row(name + " (every match)", None, every, jrnl_figure))

        # Import of a jrnl journal: learnlog into a new log, jrnl into an empty journal.
        _, _, journal = corpus_files(import_size, options.seed)
        fresh = os.path.join(work, "import.sqlite3")

        def new_log():
            for suffix in ["", "-wal", "-shm", "-journal"]:
                if os.path.exists(fresh + suffix):
                    os.remove(fresh + suffix)

        if learnlog.imports_formats:
            imported = measure(learnlog.argv(fresh, "import", "--format", "jrnl", journal), learnlog.env,
                               slow_runs, warmup=0, setup=new_log)
        else:
            imported = skipped("no `import --format jrnl` in this build")
        jrnl_import = None
        if jrnl:
            target = os.path.join(work, "imported-journal.txt")

            def new_journal():
                open(target, "w").close()

            jrnl_import = measure([jrnl.executable, "--import", "--file", journal], jrnl.env(target),
                                  slow_runs, warmup=0, setup=new_journal)
        rows.append(Row(f"import {import_size:,} jrnl entries", 2.0, imported, jrnl_import))

        # prepare and review over a log of work_size entries.
        for command in ["prepare", "review"]:
            name = f"`{command}`, {work_size:,} entries"
            if not (learnlog.has(command) and learnlog.imports_formats):
                rows.append(Row(name, 0.100, skipped(f"no `{command}` in this build")))
                continue
            try:
                db = learnlog_database(learnlog, work_size, options.seed)
                rows.append(Row(name, 0.100, measure(learnlog.argv(db, command), learnlog.env, runs)))
            except RuntimeError as error:
                figure = Figure()
                figure.failure = str(error)
                rows.append(Row(name, 0.100, figure))

        # The rule engine, in-process.
        answer_path = os.path.join(BENCH, "corpus", f"answer-2000-s{options.seed}-g{corpus.GENERATOR_VERSION}.txt")
        rule_count = 100 if configuration == "debug" else 1000
        rules_path = os.path.join(BENCH, "corpus",
                                  f"rules-{rule_count}-s{options.seed}-g{corpus.GENERATOR_VERSION}.json")
        if not os.path.exists(answer_path):
            with open(answer_path, "w") as out:
                out.write(corpus.long_answer(options.seed))
        if not os.path.exists(rules_path):
            with open(rules_path, "w") as out:
                out.write(corpus.rule_file(options.seed, rule_count))
        repeat = 5 if options.quick else 30
        builtin, builtin_report = rules_figure(learnlog, answer_path, repeat)
        many, many_report = rules_figure(learnlog, answer_path, repeat if configuration == "release" else 2,
                                         rules_path, step=None if configuration == "release" else "q7")
        words = builtin_report["words"] if builtin_report else 2000
        rows.append(Row(f"built-in rules, {words:,}-word answer (slowest step)", 0.002, builtin))
        rows.append(Row(f"+{rule_count:,} generated rules, same answer (slowest step)",
                        0.020 if rule_count == 1000 else None, many))

        info = machine()
        finished = datetime.datetime.now(datetime.timezone.utc)
        notes = []
        if jrnl_note:
            notes.append(jrnl_note)
        if jrnl:
            notes.append(f"jrnl: {jrnl.version}, from PyPI in .build/bench/venv")
        if configuration == "debug":
            notes.append("learnlog was a DEBUG build: figures are far slower than a release build")
        for label, report in [("built-in rules", builtin_report), ("generated rules", many_report)]:
            if report:
                notes.append(
                    f"{label}: {report['rules']:,} rules, compiled in {report['compileMilliseconds']:.1f} ms; "
                    f"slowest step {report['slowest']}; median over every step "
                    f"{report['allStepsMedianMilliseconds']:.3f} ms")
        table = plain_table(rows)
        print(table)
        print()
        for note in notes:
            print(f"- {note}")
        output = options.output or (os.path.join(BENCH, "BENCHMARKS-quick.md") if options.quick
                                    else os.path.join(ROOT, "docs", "BENCHMARKS.md"))
        write_report(output, rows, notes, info, finished, options, configuration, runs,
                     time.time() - started)
        say(f"bench: wrote {os.path.relpath(output, ROOT)} in {time.time() - started:.0f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


HISTORY_HEADING = "## History"


def write_report(path, rows, notes, info, finished, options, configuration, runs, elapsed):
    kept = ""
    if os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        if HISTORY_HEADING in text:
            kept = text[text.index(HISTORY_HEADING):]
    mode = "--quick" if options.quick else "full"
    lines = [
        "# Benchmarks",
        "",
        "Written by `Scripts/bench`; everything above **History** is replaced on each run.",
        "",
        f"Measured {finished.strftime('%Y-%m-%d %H:%M UTC')} ({mode} run, {configuration} build, "
        f"{runs} runs per figure after one warm-up; corpus seed {options.seed}; took {elapsed:.0f} s).",
        "",
        "## Machine",
        "",
        f"- CPU: {info['cpu']}, {info['cores']} cores (shared with other work while measuring)",
        f"- Memory: {info['memory']}",
        f"- OS: {info['os']}",
        f"- Toolchain: {info['swift'] or 'swift not on PATH'}; Python {info['python']}",
        "",
        "## Figures",
        "",
        markdown_table(rows),
        "",
    ]
    lines += [f"- {note}" for note in notes]
    lines += [
        "",
        "## What is measured",
        "",
        "- Times are wall-clock, from starting the process to its exit, as medians with the fastest and",
        "  slowest run; peak RSS is the largest `ru_maxrss` over the runs, read by a small C launcher",
        "  (Scripts/Bench/peakrss.c) that starts each command, since Linux carries a parent's peak RSS",
        "  across fork and exec and the Python bench would otherwise count its own size. The rule",
        "  figures come from the hidden `learnlog __bench-rules`, which times each evaluation inside",
        "  one process; the figure is the step (GROW stage or question) with the slowest median.",
        "- Start-up: `learnlog --db EMPTY reflect < /dev/null` runs until the first question and stops",
        "  at the end of input (an upper bound for \"start to first prompt\"); jrnl prints the one entry",
        "  of a one-entry journal (`jrnl -n 1`).",
        f"- Search: `learnlog search {corpus.SEARCH_WORD}` against a log made by `learnlog import --format json`",
        f"  of the generated corpus; jrnl runs `jrnl -contains {corpus.SEARCH_WORD}` on the same entries as a",
        f"  plain-text journal. The client {corpus.SEARCH_WORD} is named in about "
        f"{corpus.SEARCH_WORD_SHARE:.0%} of the entries. learnlog shows the best 20 matches by default",
        "  (\"top 20\"); jrnl prints every matching entry, so \"every match\" (`-n 100000`, the most it allows) is the",
        "  like-for-like row. Output goes to /dev/null, not a terminal.",
        "- Import: `learnlog import --format jrnl JOURNAL` into a new log; `jrnl --import --file JOURNAL`",
        "  into an empty journal.",
        "- The corpus (bench_corpus.py, seeded) is coaching reflections in the shape of DOMAIN.md: GROW",
        "  recall, the 16 questions, follow-ups with replies, names and sentences in Chinese and",
        "  Japanese now and then. It is cached in .build/bench/corpus by size and seed.",
        "- The machine is shared: figures move by tens of percent between runs. For changes to the",
        "  code, compare instruction counts with `valgrind --tool=callgrind` instead (see History).",
        "",
        "## How to rerun",
        "",
        "```",
        "Scripts/bench            # release build, 10,000 and 100,000 entries, jrnl beside it",
        "Scripts/bench --quick    # 1,000 entries, 3 runs, under a minute",
        "Scripts/bench --no-jrnl  # learnlog alone",
        "Scripts/bench --help",
        "```",
        "",
    ]
    text = "\n".join(lines)
    if kept:
        text += "\n" + kept
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


if __name__ == "__main__":
    main()
