//! docker 28.2's CLI plugin hooks (`cli-plugins/manager/hooks.go`, `cli-plugins/hooks`): after a
//! command, when stdout is a terminal and hooks are enabled, every plugin whose config.json
//! `plugins.<name>.hooks` entry prefix-matches the command path is run as
//! `<path> <name> docker-cli-plugin-hooks <json>`; its answer is a Go template whose lines docker
//! prints on stderr under "What's next:".

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::config::ConfigFile;
use crate::format::template::{funcs, Template};
use crate::format::value::{Object, Value as TValue};

/// The subcommand docker gives a plugin to ask for its hook message.
const HOOK_SUBCOMMAND: &str = "docker-cli-plugin-hooks";

/// What a template may ask about the command that ran (docker hands the cobra command).
#[derive(Debug, Default, Clone)]
pub struct Ran {
    /// The command path without the root, as matched against the configured hooks.
    pub path: String,
    /// `{{.Name}}`: the command's own name.
    pub name: String,
    /// `{{.CommandPath}}`: the template's command with its parents (`hvdock context ls`).
    pub command_path: String,
    /// `{{.Short}}`: its one-line description.
    pub short: String,
    /// The `Flags` of the request: the flags set, with a value for booleans only.
    pub flags: BTreeMap<String, String>,
    /// `{{flag . "x"}}`: every flag the command knows, with its value (set or default).
    pub values: BTreeMap<String, String>,
    /// `{{arg . N}}`: the positional arguments.
    pub args: Vec<String>,
    /// The command's error message, empty on success.
    pub error: String,
}

/// Go's `strconv.ParseBool`.
fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// docker's `HooksEnabled`: `DOCKER_CLI_HOOKS`, then `DOCKER_CLI_HINTS`, then config.json's
/// `features.hooks`; off by default and when a value does not parse.
pub fn enabled(config: &ConfigFile) -> bool {
    for var in ["DOCKER_CLI_HOOKS", "DOCKER_CLI_HINTS"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return parse_bool(&v).unwrap_or(false);
            }
        }
    }
    match config.data.get("features").and_then(|f| f.get("hooks")) {
        Some(Value::String(v)) => parse_bool(v).unwrap_or(false),
        _ => false,
    }
}

/// docker's `hookMatch`: every word of the configured hook equals the command's word there.
fn hook_match(hook: &str, command: &str) -> bool {
    let hook: Vec<&str> = hook.split(' ').collect();
    let command: Vec<&str> = command.split(' ').collect();
    hook.len() <= command.len() && hook.iter().zip(&command).all(|(a, b)| a == b)
}

/// The configured hook (one entry of the comma list) that matches `command`.
fn plugin_match(hooks: &str, command: &str) -> Option<String> {
    if hooks.is_empty() {
        return None;
    }
    hooks
        .split(',')
        .find(|h| hook_match(h, command))
        .map(str::to_string)
}

/// docker's `getNaiveFlags`: after a plugin command, every `-x`/`--x` word is a flag without
/// a value.
pub fn naive_flags(args: &[String]) -> BTreeMap<String, String> {
    args.iter()
        .filter_map(|a| {
            a.strip_prefix("--")
                .or_else(|| a.strip_prefix('-'))
                .map(|f| (f.to_string(), String::new()))
        })
        .collect()
}

/// The hook message's template, as Go's `json.Unmarshal` into `HookMessage` takes it: field
/// names match case-insensitively, `Type` must be the integer 0 (`NextSteps`).
fn response_template(out: &[u8]) -> Option<String> {
    let Value::Object(map) = serde_json::from_slice::<Value>(out).ok()? else {
        return None;
    };
    let mut kind = 0i64;
    let mut template = String::new();
    for (k, v) in &map {
        if k.eq_ignore_ascii_case("type") {
            match v {
                Value::Null => {}
                Value::Number(n) => kind = n.as_i64()?,
                _ => return None,
            }
        } else if k.eq_ignore_ascii_case("template") {
            match v {
                Value::Null => {}
                Value::String(s) => template = s.clone(),
                _ => return None,
            }
        }
    }
    (kind == 0).then_some(template)
}

/// The command a hook template runs over: the `*cobra.Command` fields and methods docker's
/// templates can reach that hvdock knows (`Name`, `CommandPath`, `HasParent`, `Short`), and
/// what `flag` and `arg` ask it.
struct HookCommand(Ran);

impl Object for HookCommand {
    fn type_name(&self) -> &str {
        "*cobra.Command"
    }
    fn field_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn field(&self, name: &str) -> Option<TValue> {
        let r = &self.0;
        Some(match name {
            "Name" => TValue::Str(r.name.clone()),
            "CommandPath" => TValue::Str(r.command_path.clone()),
            "HasParent" => TValue::Bool(r.command_path.contains(' ')),
            "Short" => TValue::Str(r.short.clone()),
            _ => return None,
        })
    }
    fn call(&self, name: &str, args: &[TValue]) -> Option<Result<TValue, String>> {
        let parse_error = || Err("failed to parse hook template".to_string());
        Some(match (name, args) {
            ("flag", [TValue::Str(f)]) => match self.0.values.get(f) {
                Some(v) => Ok(TValue::Str(v.clone())),
                None => parse_error(),
            },
            // pflag's `Arg(i)`: empty when out of range.
            ("arg", [TValue::Int(i)]) => Ok(TValue::Str(
                usize::try_from(*i)
                    .ok()
                    .and_then(|i| self.0.args.get(i))
                    .cloned()
                    .unwrap_or_default(),
            )),
            _ => parse_error(),
        })
    }
}

/// docker's `ParseTemplate`: Go's text/template with the hook functions over the command,
/// split into lines; `None` when it does not parse or execute (docker skips the plugin).
fn render(template: &str, ran: &Ran) -> Option<Vec<String>> {
    let t = Template::parse_with("", template, &funcs::is_hook_function).ok()?;
    let mut out = String::new();
    let dot = TValue::Struct(std::rc::Rc::new(HookCommand(ran.clone())));
    t.execute(&dot, &mut out).ok()?;
    Some(out.split('\n').map(str::to_string).collect())
}

/// Runs the plugin's hook subcommand and returns its stdout when it exits 0.
fn invoke(path: &Path, name: &str, request: &str) -> Option<Vec<u8>> {
    let argv0 = std::env::args().next().unwrap_or_default();
    let out = Command::new(path)
        .arg(name)
        .arg(HOOK_SUBCOMMAND)
        .arg(request)
        .env(super::run::REEXEC_ENV, argv0)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout)
}

/// The lines every matching plugin contributes, in config order.
fn collect(config_dir: &Path, config: &ConfigFile, ran: &Ran) -> Vec<String> {
    let Some(Value::Object(plugins)) = config.data.get("plugins") else {
        return Vec::new();
    };
    let dirs = super::discover::dirs(config_dir, config);
    let mut steps = Vec::new();
    for (name, cfg) in plugins {
        let hooks = cfg.get("hooks").and_then(Value::as_str).unwrap_or("");
        let Some(root) = plugin_match(hooks, &ran.path) else {
            continue;
        };
        let Some(plugin) = super::discover::get(&dirs, name, &super::builtin_names(super::state()))
        else {
            continue;
        };
        let request = crate::format::go_json::marshal(&serde_json::json!({
            "RootCmd": root,
            "Flags": ran.flags,
            "CommandError": ran.error,
        }));
        let Some(out) = invoke(&plugin.path, &plugin.name, &request) else {
            continue;
        };
        let Some(lines) = response_template(&out).and_then(|t| render(&t, ran)) else {
            continue;
        };
        if lines.iter().any(|l| !l.trim().is_empty()) {
            steps.extend(lines);
        }
    }
    steps
}

/// docker's `PrintNextSteps`.
fn print(steps: &[String]) {
    if steps.is_empty() {
        return;
    }
    let mut text = String::from("\x1b[1m\nWhat's next:\x1b[0m\n");
    for s in steps {
        text.push_str("    ");
        text.push_str(s);
        text.push('\n');
    }
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Runs the hooks after a command, as docker does when stdout is a terminal and hooks are on.
pub fn after(ran: &Ran) {
    if !std::io::stdout().is_terminal() {
        return;
    }
    let config_dir = super::config_dir();
    let config = ConfigFile::load(&config_dir).unwrap_or_default();
    if !enabled(&config) {
        return;
    }
    print(&collect(&config_dir, &config, ran));
}

/// The hook input for a built-in command parsed by clap (`RunCLICommandHooks`).
pub fn from_matches(root: &clap::Command, matches: &clap::ArgMatches, error: String) -> Ran {
    let mut cmd = root;
    let mut m = matches;
    let mut path = Vec::new();
    while let Some((name, sub)) = m.subcommand() {
        let Some(next) = cmd.find_subcommand(name) else {
            break;
        };
        path.push(name.to_string());
        cmd = next;
        m = sub;
    }
    let mut ran = Ran {
        path: path.join(" "),
        error,
        ..described(root, &path, cmd)
    };
    let mut positionals: Vec<&clap::Arg> = cmd.get_positionals().collect();
    positionals.sort_by_key(|a| a.get_index().unwrap_or(usize::MAX));
    for arg in positionals {
        if let Ok(Some(vals)) = m.try_get_raw(arg.get_id().as_str()) {
            ran.args
                .extend(vals.map(|v| v.to_string_lossy().into_owned()));
        }
    }
    for arg in cmd.get_arguments().filter(|a| !a.is_positional()) {
        let Some(long) = arg.get_long() else {
            continue;
        };
        let id = arg.get_id().as_str();
        let boolean = is_bool(arg);
        let set = !arg.is_global_set()
            && matches!(
                m.value_source(id),
                Some(clap::parser::ValueSource::CommandLine)
            );
        let raw = m
            .try_get_raw(id)
            .ok()
            .flatten()
            .and_then(|mut v| v.next_back().map(|s| s.to_string_lossy().into_owned()));
        let value = match (boolean, raw) {
            (true, Some(raw)) => parse_bool(&raw).unwrap_or(set).to_string(),
            (true, None) => set.to_string(),
            (false, raw) => raw.unwrap_or_default(),
        };
        if set {
            let flag_value = if boolean {
                value.clone()
            } else {
                String::new()
            };
            ran.flags.insert(long.to_string(), flag_value);
        }
        ran.values.insert(long.to_string(), value);
    }
    ran
}

/// The hook input when clap stopped before running a command (a usage error, help, a bare
/// noun): docker's `cmd.Find` walks the command words after the global flags; `--help` is the
/// only flag known set.
pub fn from_line(root: &clap::Command, line: &[String], help: bool, error: String) -> Ran {
    let start = super::globals::command_index(root, line)
        .ok()
        .flatten()
        .unwrap_or(line.len());
    let mut cmd = root;
    let mut path = Vec::new();
    for word in line[start..].iter().filter(|w| !w.starts_with('-')) {
        let Some(next) = cmd.find_subcommand(word) else {
            break;
        };
        path.push(next.get_name().to_string());
        cmd = next;
    }
    let mut ran = Ran {
        path: path.join(" "),
        error,
        ..described(root, &path, cmd)
    };
    for arg in cmd.get_arguments().filter(|a| !a.is_positional()) {
        if let Some(long) = arg.get_long() {
            let default = arg
                .get_default_values()
                .first()
                .map(|v| v.to_string_lossy().into_owned());
            let value = match is_bool(arg) {
                true => default.unwrap_or_else(|| "false".into()),
                false => default.unwrap_or_default(),
            };
            ran.values.insert(long.to_string(), value);
        }
    }
    if help {
        ran.flags.insert("help".into(), "true".into());
        ran.values.insert("help".into(), "true".into());
    }
    ran
}

/// A pflag boolean: clap's own, or hvdock's `--x[=BOOL]` (see `cli::pflag`).
fn is_bool(arg: &clap::Arg) -> bool {
    !arg.get_action().takes_values()
        || (arg.is_require_equals_set() && arg.get_num_args().is_some_and(|n| n.min_values() == 0))
}

/// The template's view of `cmd`, reached from `root` through `path`.
fn described(root: &clap::Command, path: &[String], cmd: &clap::Command) -> Ran {
    let mut command_path = root.get_name().to_string();
    for word in path {
        command_path.push(' ');
        command_path.push_str(word);
    }
    Ran {
        name: cmd.get_name().to_string(),
        command_path,
        short: cmd.get_about().map(|a| a.to_string()).unwrap_or_default(),
        ..Ran::default()
    }
}

/// The root's flags as a hook template sees them after a plugin command: the global options
/// given before it, else docker's defaults (`cli/flags.ClientOptions`, after
/// `SetDefaultOptions`: with TLS on, a default certificate or key that does not exist is "").
fn root_values(root: &clap::Command, globals: &[String]) -> BTreeMap<String, String> {
    use clap::FromArgMatches;
    let mut argv = vec![root.get_name().to_string()];
    argv.extend(globals.iter().cloned());
    let Ok(m) = root.clone().try_get_matches_from(argv) else {
        return BTreeMap::new();
    };
    let Ok(g) = crate::cli::global::GlobalArgs::from_arg_matches(&m) else {
        return BTreeMap::new();
    };
    let given = |id: &str| {
        matches!(
            m.value_source(id),
            Some(clap::parser::ValueSource::CommandLine)
        )
    };
    let env_set = |v: &str| std::env::var_os(v).is_some_and(|x| !x.is_empty());
    let config = crate::config::dir(None).display().to_string();
    let certs = std::env::var("DOCKER_CERT_PATH")
        .ok()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| config.clone());
    let tls = if given("tls") {
        g.tls
    } else {
        env_set("DOCKER_TLS")
    };
    let verify = match given("tlsverify") {
        true => g.tlsverify,
        false => env_set("DOCKER_TLS_VERIFY"),
    };
    let tls_on = tls || verify || given("tlsverify");
    let file = |given: &Option<String>, name: &str| match given {
        Some(f) => f.clone(),
        None => {
            let path = format!("{certs}/{name}");
            match tls_on && !std::path::Path::new(&path).exists() {
                true => String::new(),
                false => path,
            }
        }
    };
    let hosts = match g.host.is_empty() {
        true => String::new(),
        false => format!("[{}]", g.host.join(" ")),
    };
    [
        ("config", g.config.clone().unwrap_or(config.clone())),
        ("context", g.context.clone().unwrap_or_default()),
        ("debug", g.debug.to_string()),
        ("help", "false".to_string()),
        ("host", hosts),
        ("log-level", g.log_level.clone()),
        ("tls", tls_on.to_string()),
        (
            "tlscacert",
            g.tlscacert.clone().unwrap_or(format!("{certs}/ca.pem")),
        ),
        ("tlscert", file(&g.tlscert, "cert.pem")),
        ("tlskey", file(&g.tlskey, "key.pem")),
        ("tlsverify", verify.to_string()),
        ("version", g.version.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// The hook input after a plugin command (`RunPluginHooks`): the whole line (after the global
/// options `globals`) is the path, flags are guessed from it and the command docker hands the
/// template is its root, with the global options as its flags.
pub fn for_plugin(root: &clap::Command, globals: &[String], line: &[String]) -> Ran {
    Ran {
        path: line.join(" "),
        flags: naive_flags(line),
        values: root_values(root, globals),
        ..described(root, &[], root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_and_templates_follow_docker() {
        assert!(hook_match("image", "image ls"));
        assert!(!hook_match("image ls", "image"));
        assert!(!hook_match("imag", "image ls"));
        assert_eq!(plugin_match("run,image ls", "image"), None);
        assert_eq!(
            plugin_match("run,image ls", "image ls"),
            Some("image ls".into())
        );
        let ran = Ran {
            name: "ls".into(),
            args: vec!["a".into()],
            ..Ran::default()
        };
        assert_eq!(
            render("x {{.Name}} {{arg . 0}}{{arg . 3}}\ny", &ran),
            Some(vec!["x ls a".to_string(), "y".to_string()])
        );
        assert_eq!(render("{{flag . \"nope\"}}", &ran), None);
        assert_eq!(
            response_template(br#"{"type":0,"TEMPLATE":"a"}"#),
            Some("a".into())
        );
        assert_eq!(response_template(br#"{"Type":1,"Template":"a"}"#), None);
        assert_eq!(
            crate::format::go_json::marshal(&serde_json::json!("<&>")),
            r#""\u003c\u0026\u003e""#
        );
    }
}
