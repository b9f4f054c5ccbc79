//! `images --tree` (API 1.47, experimental in docker 28): docker's tree of images and their
//! platform manifests, byte for byte as its `printImageTree` writes it. Plain on a pipe (but the
//! column titles keep their bold, as docker's do), coloured on a terminal.

use serde_json::Value;

use super::units::human_size;

const SPACING: usize = 3;
const RESET: &str = "\x1b[0m";
/// docker's `tui.ColorTitle` (default colour, bold), applied on a pipe too.
const TITLE: &str = "\x1b[39m\x1b[1m";
const SECONDARY: &str = "\x1b[39m";
const FAINT: &str = "\x1b[2m";
const WARNING: &str = "\x1b[93m";
const TOP_NAME: &str = "\x1b[34m\x1b[1m";
const UNTAGGED: &str = "\x1b[39m\x1b[2m";

#[derive(Default)]
struct Details {
    id: String,
    disk_usage: String,
    in_use: bool,
    content_size: String,
}

struct Sub {
    platform: String,
    available: bool,
    details: Details,
}

struct Top {
    names: Vec<String>,
    details: Details,
    children: Vec<Sub>,
    created: i64,
}

/// What docker's `runTree` makes of `/images/json?manifests=1`.
pub struct View {
    images: Vec<Top>,
    spacing: bool,
}

fn int(v: &Value, ptr: &str) -> i64 {
    v.pointer(ptr).and_then(Value::as_i64).unwrap_or(0)
}

fn text<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// docker's `isDangling`: no tags and no digests, or only `<none>` ones.
fn dangling(img: &Value) -> bool {
    let (tags, digests) = (strings(img, "RepoTags"), strings(img, "RepoDigests"));
    (tags.is_empty() && digests.is_empty())
        || (tags == ["<none>:<none>"] && digests == ["<none>@<none>"])
}

/// containerd's `platforms.Format`.
fn platform(p: &Value) -> String {
    let os = text(p, "/os");
    if os.is_empty() {
        return "unknown".into();
    }
    [os, text(p, "/architecture"), text(p, "/variant")]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("/")
}

impl View {
    /// The images docker shows (dangling ones only with `-a`), newest first.
    pub fn new(list: &[Value], all: bool) -> View {
        let mut spacing = false;
        let mut images: Vec<Top> = Vec::new();
        for img in list.iter().filter(|i| all || !dangling(i)) {
            let mut details = Details {
                id: text(img, "/Id").to_string(),
                disk_usage: human_size(int(img, "/Size") as f64),
                in_use: int(img, "/Containers") > 0,
                content_size: String::new(),
            };
            let mut content = 0i64;
            let mut children = Vec::new();
            for m in img["Manifests"].as_array().into_iter().flatten() {
                content = content.wrapping_add(int(m, "/Size/Content"));
                if text(m, "/Kind") != "image" {
                    continue;
                }
                let in_use = m
                    .pointer("/ImageData/Containers")
                    .and_then(Value::as_array)
                    .is_some_and(|c| !c.is_empty());
                details.in_use |= in_use;
                children.push(Sub {
                    platform: platform(m.pointer("/ImageData/Platform").unwrap_or(&Value::Null)),
                    available: m["Available"].as_bool().unwrap_or(false),
                    details: Details {
                        id: text(m, "/ID").to_string(),
                        disk_usage: human_size(int(m, "/Size/Total") as f64),
                        in_use,
                        content_size: human_size(int(m, "/Size/Content") as f64),
                    },
                });
                spacing = true;
            }
            details.content_size = human_size(content as f64);
            images.push(Top {
                names: strings(img, "RepoTags"),
                details,
                children,
                created: int(img, "/Created"),
            });
        }
        images.sort_by_key(|i| std::cmp::Reverse(i.created));
        View { images, spacing }
    }
}

/// tui's `cleanANSI` then go-runewidth's width.
fn width(s: &str) -> usize {
    let mut s = s.to_string();
    while let Some(start) = s.find('\x1b') {
        let Some(end) = s[start..].find('m') else {
            break;
        };
        s.replace_range(start..start + end + 1, "");
    }
    unicode_width::UnicodeWidthStr::width(s.as_str())
}

/// tui's `Ellipsis`: at `length` runes the rest becomes `…` (so `length - 1` are kept).
fn ellipsis(s: &str, length: usize) -> String {
    let mut out = String::new();
    for (n, c) in s.chars().enumerate() {
        if n + 1 == length {
            out.push('…');
            return out;
        }
        out.push(c);
    }
    out
}

fn apply(color: Option<&str>, s: &str) -> String {
    match color {
        Some(c) => format!("{c}{s}{RESET}"),
        None => s.to_string(),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
}

#[derive(Clone, Copy, PartialEq)]
enum Column {
    Image,
    Id,
    DiskUsage,
    ContentSize,
    Extra,
}

impl Column {
    fn title(self) -> &'static str {
        match self {
            Column::Image => "Image",
            Column::Id => "ID",
            Column::DiskUsage => "Disk usage",
            Column::ContentSize => "Content size",
            Column::Extra => "Extra",
        }
    }
}

struct Col {
    what: Column,
    width: usize,
    align: Align,
}

impl Col {
    fn print(&self, color: Option<&str>, s: &str) -> String {
        let n = width(s);
        if n > self.width {
            return apply(color, &ellipsis(s, self.width));
        }
        let fill = " ".repeat(self.width - n);
        match self.align {
            Align::Left => format!("{}{fill}", apply(color, s)),
            Align::Right => format!("{fill}{}", apply(color, s)),
        }
    }
}

/// Where the tree goes: a terminal of `columns` (colours, its width), or not (80 columns).
pub struct Out {
    pub terminal: bool,
    pub columns: usize,
}

struct Painter<'a> {
    out: &'a Out,
    chips: bool,
}

impl Painter<'_> {
    fn color<'c>(&self, c: &'c str) -> Option<&'c str> {
        self.out.terminal.then_some(c)
    }

    /// The "In Use" chip, or its placeholder.
    fn chip(&self, on: bool) -> &'static str {
        match (on, self.out.terminal) {
            (true, false) => "U",
            (true, true) => "\x1b[38;5;0m\x1b[48;5;14m U \x1b[0m",
            (false, false) => " ",
            (false, true) => "   ",
        }
    }

    fn value(&self, col: Column, d: &Details) -> String {
        match col {
            Column::Image => String::new(),
            // stringid's TruncateID: after the first `:`, 12 characters.
            Column::Id => {
                let id = d.id.split_once(':').map_or(d.id.as_str(), |(_, id)| id);
                id.chars().take(12).collect()
            }
            Column::DiskUsage => d.disk_usage.clone(),
            Column::ContentSize => d.content_size.clone(),
            Column::Extra if self.chips => self.chip(d.in_use).to_string(),
            Column::Extra => String::new(),
        }
    }

    fn details(&self, s: &mut String, cols: &[Col], color: Option<&str>, d: &Details) {
        for c in cols.iter().filter(|c| c.what != Column::Image) {
            s.push_str(&" ".repeat(SPACING));
            let color = if c.what == Column::Extra { None } else { color };
            s.push_str(&c.print(color, &self.value(c.what, d)));
        }
    }

    /// The legend, right-aligned in `total` columns.
    fn legend(&self, total: usize) -> String {
        let info = match self.out.terminal {
            true => "\x1b[1m\x1b[106m\x1b[30mi\x1b[0m\x1b[0m \x1b[96mInfo → \x1b[0m\x1b[0m",
            false => " Info -> ",
        };
        let legend = format!("{info} {} In Use ", self.chip(true));
        let pad = total.saturating_sub(width(&legend));
        format!("{}{legend}", " ".repeat(pad))
    }
}

/// docker's `adjustColumns`: the first column takes what the others leave (at least 12, or
/// the columns that do not fit go), as narrow as its widest value.
fn columns(total: usize, extra: usize, view: &View) -> Vec<Col> {
    let mut cols = vec![
        Col {
            what: Column::Image,
            width: 0,
            align: Align::Left,
        },
        Col {
            what: Column::Id,
            width: 12,
            align: Align::Left,
        },
        Col {
            what: Column::DiskUsage,
            width: 10,
            align: Align::Right,
        },
        Col {
            what: Column::ContentSize,
            width: 12,
            align: Align::Right,
        },
        Col {
            what: Column::Extra,
            width: extra,
            align: Align::Left,
        },
    ];
    let mut name = total as i64;
    for idx in 1..cols.len() {
        let d = (cols[idx].width + SPACING) as i64;
        if name - d < 12 {
            cols.truncate(idx);
            break;
        }
        name -= d;
    }
    // Go's len: bytes, not display width.
    let mut widest = "Image".len();
    for img in &view.images {
        widest = img.names.iter().map(String::len).fold(widest, usize::max);
        for sub in &img.children {
            widest = widest.max(sub.platform.len() + "└─ ".len());
        }
    }
    cols[0].width = (name.max(0) as usize).min(widest);
    cols
}

/// The whole tree as docker prints it.
pub fn render(view: &View, out: &Out) -> String {
    let chips = view
        .images
        .iter()
        .any(|i| i.children.iter().any(|c| c.details.in_use));
    let p = Painter { out, chips };
    let total = match out.columns {
        0 => 80,
        n => n.max(20),
    };
    let extra = match chips {
        true => width(p.chip(true)).max("Extra".len()),
        false => "Extra".len(),
    };
    let cols = columns(total, extra, view);
    let mut s = String::new();
    let warning =
        "WARNING: This is an experimental feature. The output may change and shouldn't be depended on.";
    s.push_str(&apply(p.color(WARNING), warning));
    s.push('\n');
    s.push_str(&p.legend(total));
    s.push_str("\n\n");
    for (i, c) in cols.iter().enumerate() {
        if i > 0 {
            s.push_str(&" ".repeat(SPACING));
        }
        s.push_str(&c.print(Some(TITLE), &c.what.title().to_uppercase()));
    }
    s.push('\n');
    for img in &view.images {
        names(&mut s, &p, &cols, img);
        p.details(&mut s, &cols, p.color(SECONDARY), &img.details);
        if !img.children.is_empty() || view.spacing {
            s.push('\n');
        }
        let count = img.children.len();
        for (idx, sub) in img.children.iter().enumerate() {
            let faint;
            let color = match (p.color(SECONDARY), sub.available) {
                (Some(c), false) => {
                    faint = format!("{c}{FAINT}");
                    Some(faint.as_str())
                }
                (c, _) => c,
            };
            let branch = if idx + 1 == count {
                "└─ "
            } else {
                "├─ "
            };
            s.push_str(&cols[0].print(color, &format!("{branch}{}", sub.platform)));
            p.details(&mut s, &cols, color, &sub.details);
            s.push('\n');
        }
        s.push('\n');
    }
    s
}

/// docker's `printNames`: longest name first, each on a line of its own but the last, which
/// begins the row.
fn names(s: &mut String, p: &Painter, cols: &[Col], img: &Top) {
    if img.names.is_empty() {
        s.push_str(&cols[0].print(p.color(UNTAGGED), "<untagged>"));
    }
    let mut sorted: Vec<&String> = img.names.iter().collect();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let last = sorted.len().saturating_sub(1);
    for (idx, name) in sorted.into_iter().enumerate() {
        if idx < last {
            s.push_str(&apply(p.color(TOP_NAME), &ellipsis(name, p.out.columns)));
            s.push('\n');
        } else {
            s.push_str(&cols[0].print(p.color(TOP_NAME), name));
        }
    }
}
