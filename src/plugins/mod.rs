//! docker CLI plugins (`docker-<name>` executables such as compose and buildx) and what docker 28
//! does before it parses a command line: config.json's `aliases`, `DOCKER_BUILDKIT`, the
//! builder routing of `build`, running a plugin for a command word that is no built-in, and
//! docker's answer to an unknown command.
//!
//! `main` calls [`route`] with the raw command line; everything else parses as before.

pub mod builder;
pub mod discover;
pub mod globals;
pub mod hooks;
pub mod metadata;
pub mod run;
pub mod show;

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::config::ConfigFile;
use discover::Plugin;

/// docker 28's top-level commands (hidden ones included): a plugin cannot take these names,
/// even where hvdock does not implement the command yet.
const DOCKER_BUILTINS: &[&str] = &[
    "run",
    "exec",
    "ps",
    "build",
    "pull",
    "push",
    "images",
    "login",
    "logout",
    "search",
    "version",
    "info",
    "bake",
    "builder",
    "checkpoint",
    "container",
    "context",
    "image",
    "manifest",
    "network",
    "plugin",
    "system",
    "trust",
    "volume",
    "config",
    "node",
    "secret",
    "service",
    "stack",
    "swarm",
    "attach",
    "commit",
    "cp",
    "create",
    "diff",
    "export",
    "kill",
    "logs",
    "pause",
    "port",
    "rename",
    "restart",
    "rm",
    "start",
    "stats",
    "stop",
    "top",
    "unpause",
    "update",
    "wait",
    "history",
    "import",
    "load",
    "rmi",
    "save",
    "tag",
    "events",
    "inspect",
];

/// What plugin discovery needs, settled once per process.
struct State {
    config_dir: PathBuf,
    dirs: Vec<PathBuf>,
    builtins: Vec<String>,
    listed: OnceLock<Vec<Plugin>>,
}

static STATE: OnceLock<State> = OnceLock::new();

fn state_from(root: &clap::Command, config_dir: &std::path::Path, config: &ConfigFile) -> State {
    let mut builtins: Vec<String> = DOCKER_BUILTINS.iter().map(|s| s.to_string()).collect();
    for sub in root.get_subcommands() {
        builtins.push(sub.get_name().to_string());
        builtins.extend(sub.get_all_aliases().map(str::to_string));
    }
    State {
        config_dir: config_dir.to_path_buf(),
        dirs: discover::dirs(config_dir, config),
        builtins,
        listed: OnceLock::new(),
    }
}

fn state() -> &'static State {
    STATE.get_or_init(|| {
        let dir = crate::config::dir(None);
        let config = ConfigFile::load(&dir).unwrap_or_default();
        state_from(&crate::cli::command_for(&[]), &dir, &config)
    })
}

/// The configuration directory of this run (`--config`, `DOCKER_CONFIG` or the default).
fn config_dir() -> PathBuf {
    state().config_dir.clone()
}

fn builtin_names(st: &State) -> Vec<&str> {
    st.builtins.iter().map(String::as_str).collect()
}

/// Every plugin docker would list, valid and invalid, in docker's order (help, info).
pub fn listed() -> &'static [Plugin] {
    let st = state();
    st.listed
        .get_or_init(|| discover::list(&st.dirs, &builtin_names(st)))
}

/// The names of every plugin docker would list for the configuration in `config_dir`, valid and
/// invalid: docker's completion offers a command stub for each (completion).
pub fn listed_names_in(config_dir: &std::path::Path, config: &ConfigFile) -> Vec<String> {
    let st = state_from(&crate::cli::command_for(&[]), config_dir, config);
    discover::list(&st.dirs, &builtin_names(&st))
        .into_iter()
        .map(|p| p.name)
        .collect()
}

/// The plugin docker runs for `docker NAME` with the configuration in `config_dir`
/// (completion hands the rest of the line to it).
pub fn runnable_in(
    config_dir: &std::path::Path,
    config: &ConfigFile,
    name: &str,
) -> Option<Plugin> {
    let st = state_from(&crate::cli::command_for(&[]), config_dir, config);
    discover::runnable(&st.dirs, name, &builtin_names(&st))
}

/// What `main` does next.
pub enum Route {
    /// Exit with this code: a plugin ran, or docker's pre-parse checks failed.
    Exit(i32),
    /// Parse `args` with clap. `unknown` is an unknown command word whose line was reduced to its
    /// flags: when clap finds nothing else to do, report it as docker does ([`unknown_command`]).
    Parse {
        args: Vec<String>,
        unknown: Option<String>,
    },
}

/// docker's `unknown command` for a word no built-in or plugin answers.
pub fn unknown_command(word: &str) -> i32 {
    eprintln!("hvdock: unknown command: hvdock {word}\n\nRun 'hvdock --help' for more information");
    crate::error::code::FAILURE
}

/// hvdock's own hidden commands, which docker's checks do not concern.
const HIDDEN: [&str; 2] = ["__complete", "__generate"];

/// docker's steps between parsing the global flags and running a command (`runDocker`):
/// aliases, builder routing, plugins and unknown commands. `args` includes the program name.
pub fn route(root: &clap::Command, args: Vec<String>) -> Route {
    let parse = |args: Vec<String>| Route::Parse {
        args,
        unknown: None,
    };
    let Some((argv0, line)) = args.split_first() else {
        return parse(args);
    };
    let Ok(index) = globals::command_index(root, line) else {
        return parse(args);
    };
    let globals_end = index.unwrap_or(line.len());
    if index.is_some_and(|i| HIDDEN.contains(&line[i].as_str())) {
        return parse(args);
    }
    let config_dir = crate::config::dir(globals::config_flag(&line[..globals_end]).as_deref());
    let config = ConfigFile::load(&config_dir).unwrap_or_default();
    let st = STATE.get_or_init(|| state_from(root, &config_dir, &config));
    let builtins = builtin_names(st);
    let alias = match builder::check_aliases(&config, &builtins) {
        Ok(a) => a,
        Err(e) => return fail(&e),
    };
    let buildkit = match builder::buildkit_env() {
        Ok(b) => b,
        Err(e) => return fail(&e),
    };
    let Some(index) = index else {
        return parse(args);
    };
    let mut osargs = args.clone();
    let mut rest: Vec<String> = line[index..].to_vec();
    let mut env = Vec::new();
    let mut command_path = None;
    let globals_only = &line[..index];
    match route_builder(st, globals_only, &rest, alias.as_deref(), buildkit) {
        Builder::Legacy => {}
        Builder::Exit(code) => return Route::Exit(code),
        Builder::Forward {
            take,
            words,
            path,
            env: e,
        } => {
            osargs = builder::replace_first(&osargs, &rest[..take], &words);
            rest.splice(..take, words);
            env = e;
            command_path = Some(format!("hvdock{path}"));
        }
    }
    if let Some(a) = alias.as_deref() {
        if rest[0] == "builder" {
            osargs = builder::replace_first(&osargs, &rest[..1], &[a.to_string()]);
            rest[0] = a.to_string();
        }
    }
    let word = rest[0].clone();
    // docker looks for a plugin before cobra adds its `help` command: a `docker-help` plugin
    // answers `help` (though docker lists it as duplicating a built-in).
    if word == "help" {
        let others: Vec<&str> = builtins.iter().copied().filter(|b| *b != "help").collect();
        if let Some(p) = discover::runnable(&st.dirs, "help", &others) {
            return Route::Exit(run::run(&run::Invocation {
                plugin: &p,
                argv0,
                args: &osargs[1..],
                command_path: format!("hvdock {}", p.name),
                env,
            }));
        }
    }
    if word == "help" && rest.len() > 1 {
        if let Some(p) = discover::runnable(&st.dirs, &rest[1], &builtins) {
            return Route::Exit(run::help(&run::Invocation {
                plugin: &p,
                argv0,
                args: &osargs[1..],
                command_path: format!("hvdock {}", p.name),
                env,
            }));
        }
        return match show::help_topic(root, &rest[1..]) {
            Some(e) => fail(&e),
            None => parse(osargs),
        };
    }
    if builtins.contains(&word.as_str()) {
        return parse(osargs);
    }
    if let Some(p) = discover::runnable(&st.dirs, &word, &builtins) {
        let code = run::run(&run::Invocation {
            plugin: &p,
            argv0,
            args: &osargs[1..],
            command_path: command_path.unwrap_or_else(|| format!("hvdock {}", p.name)),
            env,
        });
        if code == 0 {
            hooks::after(&hooks::for_plugin(root, &line[..index], &rest));
        }
        return Route::Exit(code);
    }
    // cobra parses an unknown command's line with the root's flags: help, version and flag
    // errors win over the unknown command.
    let flags = globals::flags_only(root, &rest[1..]);
    if flags
        .iter()
        .any(|f| f.starts_with('-') && !f.starts_with("--") && f.contains('h'))
    {
        println!("Flag shorthand -h has been deprecated, use --help");
    }
    let mut reduced = vec![argv0.clone()];
    reduced.extend(globals_only.iter().cloned());
    reduced.extend(flags);
    Route::Parse {
        args: reduced,
        unknown: Some(word),
    }
}

fn fail(message: &str) -> Route {
    eprintln!("{message}");
    Route::Exit(crate::error::code::FAILURE)
}

enum Builder {
    /// Not a build command, or the legacy builder runs (any notice already printed).
    Legacy,
    Exit(i32),
    /// Replace the first `take` words of the command with `words` and run the plugin.
    Forward {
        take: usize,
        words: Vec<String>,
        path: &'static str,
        env: Vec<(String, String)>,
    },
}

/// docker's `processBuilder`.
fn route_builder(
    st: &State,
    globals_only: &[String],
    rest: &[String],
    alias: Option<&str>,
    buildkit: Option<bool>,
) -> Builder {
    let bake = rest.first().is_some_and(|w| w == "bake");
    let disabled = buildkit == Some(false) && !bake;
    let enforced = buildkit == Some(true) || alias.is_some();
    let plugin_name = alias.unwrap_or(builder::default_plugin());
    let Some((take, words, path)) = builder::forwarded(plugin_name, rest) else {
        return Builder::Legacy;
    };
    // docker asks the daemon only when it has to: a Windows daemon keeps the legacy builder
    // silently unless BuildKit is enforced.
    let server = OnceLock::new();
    let windows = || *server.get_or_init(|| show::daemon_is_windows(globals_only));
    if disabled {
        if !windows() {
            eprint!("{}", builder::buildkit_disabled_notice());
        }
        return Builder::Legacy;
    }
    let builtins = builtin_names(st);
    let plugin = discover::get(&st.dirs, plugin_name, &builtins);
    let cause = match &plugin {
        None => Some(None),
        Some(p) => p.err.as_ref().map(|e| Some(e.as_str())),
    };
    if let Some(cause) = cause {
        if !enforced && windows() {
            return Builder::Legacy;
        }
        return match builder::missing(bake, enforced, cause) {
            builder::Legacy::Fail(m) => {
                eprintln!("{m}");
                Builder::Exit(crate::error::code::FAILURE)
            }
            builder::Legacy::Warn(m) => {
                eprint!("{m}");
                Builder::Legacy
            }
        };
    }
    if !enforced && windows() {
        return Builder::Legacy;
    }
    let mut env = Vec::new();
    if alias.is_none() && !builder::has_builder_name(rest) {
        env.push((
            "BUILDX_BUILDER".to_string(),
            show::current_context(globals_only),
        ));
    }
    Builder::Forward {
        take,
        words,
        path,
        env,
    }
}
