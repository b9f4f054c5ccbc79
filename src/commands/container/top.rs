//! `hvdock container top`: docker's table. For a container whose runtime is a sandbox (gVisor
//! `runsc`, Kata), the daemon's answer is wrong — it filters the host's `ps` by PIDs that only
//! exist inside the sandbox and shows unrelated host processes — so hvdock asks the sandbox
//! itself (see [`super::sandbox_ps`]).

use anyhow::Result;

use super::each::check_id;
use super::sandbox_ps;
use crate::cli::container::TopArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::format::table::TabWriter;

/// What `GET /containers/{id}/top` answers.
pub(super) struct ProcessList {
    pub titles: Vec<String>,
    pub processes: Vec<Vec<String>>,
}

pub async fn run(ctx: &Ctx, args: TopArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let id = check_id(&args.container)?;
    let inspect = raw::get_json(engine, &ApiPath::new("/containers").seg(id).lit("/json")).await?;
    let runtime = inspect
        .pointer("/HostConfig/Runtime")
        .and_then(|r| r.as_str())
        .unwrap_or("");
    let list = if sandbox_ps::is_sandbox(runtime) {
        let full_id = inspect.get("Id").and_then(|v| v.as_str()).unwrap_or(id);
        sandbox_ps::top(engine, full_id, &args.ps_args).await?
    } else {
        daemon_top(engine, id, &args.ps_args).await?
    };
    print!("{}", render(&list));
    Ok(())
}

async fn daemon_top(
    engine: &crate::engine::Engine,
    id: &str,
    ps_args: &[String],
) -> Result<ProcessList> {
    let joined = ps_args.join(" ");
    let path = ApiPath::new("/containers")
        .seg(id)
        .lit("/top")
        .query_opt("ps_args", (!ps_args.is_empty()).then_some(joined.as_str()));
    let answer = raw::get_typed(engine, &path, "TopResponse").await?;
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|s| s.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(ProcessList {
        titles: strings(&answer["Titles"]),
        processes: answer["Processes"]
            .as_array()
            .map(|p| p.iter().map(strings).collect())
            .unwrap_or_default(),
    })
}

/// docker's `top.go`: `tabwriter.NewWriter(out, 20, 1, 3, ' ', 0)`, cells joined by tabs.
fn render(list: &ProcessList) -> String {
    let mut w = TabWriter::new(20, 1, 3, ' ');
    for row in std::iter::once(&list.titles).chain(&list.processes) {
        w.write_str(&row.join("\t"));
        w.write_str("\n");
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_docker_top_layout() {
        let list = ProcessList {
            titles: vec!["UID".into(), "PID".into(), "CMD".into()],
            processes: vec![vec!["root".into(), "1".into(), "sleep 300".into()]],
        };
        assert_eq!(
            render(&list),
            format!(
                "UID{}PID{}CMD\nroot{}1{}sleep 300\n",
                " ".repeat(17),
                " ".repeat(17),
                " ".repeat(16),
                " ".repeat(19)
            )
        );
    }
}
