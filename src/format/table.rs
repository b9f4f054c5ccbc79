//! A port of the semantics of Go's `text/tabwriter` as forked by docker/cli
//! (cell width = display width, as docker's fork uses go-runewidth).
//!
//! Cells are terminated by `\t` (or `\v`); `\n` ends a line and `\f` ends a
//! line and a whole column block. Tab-terminated cells in consecutive lines
//! form a column; text after the last tab of a line is not part of a column
//! and is never padded.

use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy)]
struct Cell {
    start: usize,
    end: usize,
    width: usize,
}

/// An elastic-tabstop writer. Collect text with [`write_str`](Self::write_str)
/// and get the aligned result from [`flush`](Self::flush).
#[derive(Debug, Clone)]
pub struct TabWriter {
    min_width: usize,
    tab_width: usize,
    padding: usize,
    pad_char: char,
    buf: String,
}

impl TabWriter {
    pub fn new(min_width: usize, tab_width: usize, padding: usize, pad_char: char) -> Self {
        TabWriter {
            min_width,
            tab_width,
            padding,
            pad_char,
            buf: String::new(),
        }
    }

    /// docker's table settings: `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`.
    pub fn docker() -> Self {
        Self::new(10, 1, 3, ' ')
    }

    pub fn write_str(&mut self, s: &str) {
        self.buf.push_str(s);
    }

    /// Format everything written so far and reset the writer.
    pub fn flush(&mut self) -> String {
        let text = std::mem::take(&mut self.buf);
        let mut out = String::with_capacity(text.len() * 2);
        // Split into segments at form feeds; each is formatted independently.
        let mut rest = text.as_str();
        loop {
            match rest.find('\u{c}') {
                Some(i) => {
                    self.format_segment(&rest[..i], &mut out, true);
                    rest = &rest[i + 1..];
                }
                None => {
                    self.format_segment(rest, &mut out, false);
                    break;
                }
            }
        }
        out
    }

    fn format_segment(&self, text: &str, out: &mut String, newline_after: bool) {
        // Parse lines of cells.
        let mut lines: Vec<Vec<Cell>> = vec![Vec::new()];
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if matches!(c, '\t' | '\u{b}' | '\n') {
                let cell = Cell {
                    start,
                    end: i,
                    width: UnicodeWidthStr::width(&text[start..i]),
                };
                if let Some(l) = lines.last_mut() {
                    l.push(cell);
                }
                start = i + 1;
                if c == '\n' {
                    lines.push(Vec::new());
                }
            }
        }
        let tail = Cell {
            start,
            end: text.len(),
            width: UnicodeWidthStr::width(&text[start..]),
        };
        if tail.end > tail.start {
            if let Some(l) = lines.last_mut() {
                l.push(tail);
            }
        }

        // Column widths: for column j, a block is a maximal run of consecutive
        // lines in which column j is a tab-terminated cell (not the last one).
        let mut widths: Vec<Vec<usize>> = lines
            .iter()
            .map(|l| vec![0; l.len().saturating_sub(1)])
            .collect();
        // open[j] = (first line of the open block, max width so far)
        let mut open: Vec<(usize, usize)> = Vec::new();
        let close = |open: &mut Vec<(usize, usize)>,
                     upto: usize,
                     line: usize,
                     widths: &mut Vec<Vec<usize>>| {
            while open.len() > upto {
                let j = open.len() - 1;
                let (first, w) = open[j];
                for row in widths.iter_mut().take(line).skip(first) {
                    if let Some(slot) = row.get_mut(j) {
                        *slot = w;
                    }
                }
                open.pop();
            }
        };
        for (li, line) in lines.iter().enumerate() {
            let ncols = line.len().saturating_sub(1);
            close(&mut open, ncols, li, &mut widths);
            for (j, cell) in line.iter().take(ncols).enumerate() {
                let w = cell.width + self.padding;
                if j < open.len() {
                    open[j].1 = open[j].1.max(w);
                } else {
                    open.push((li, w.max(self.min_width)));
                }
            }
        }
        close(&mut open, 0, lines.len(), &mut widths);

        let nlines = lines.len();
        for (li, line) in lines.iter().enumerate() {
            for (j, cell) in line.iter().enumerate() {
                out.push_str(&text[cell.start..cell.end]);
                if let Some(&w) = widths[li].get(j) {
                    self.pad(out, cell.width, w);
                }
            }
            if li + 1 < nlines || newline_after {
                out.push('\n');
            }
        }
    }

    fn pad(&self, out: &mut String, textw: usize, cellw: usize) {
        if self.pad_char == '\t' {
            if self.tab_width == 0 {
                return;
            }
            let cellw = cellw.div_ceil(self.tab_width) * self.tab_width;
            let n = cellw.saturating_sub(textw);
            out.extend(std::iter::repeat_n('\t', n.div_ceil(self.tab_width)));
        } else {
            out.extend(std::iter::repeat_n(
                self.pad_char,
                cellw.saturating_sub(textw),
            ));
        }
    }
}

/// Align `text` with docker's table settings.
#[cfg(test)]
pub fn tabulate(text: &str) -> String {
    let mut w = TabWriter::docker();
    w.write_str(text);
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_columns() {
        let got = tabulate("NAME\tIMAGE\tSTATUS\nweb\tnginx:latest\tUp 2 hours\n");
        assert_eq!(
            got,
            "NAME      IMAGE          STATUS\nweb       nginx:latest   Up 2 hours\n"
        );
    }

    #[test]
    fn min_width_and_padding() {
        // width = max(minwidth 10, len+3)
        assert_eq!(tabulate("a\tb\n"), "a         b\n");
        assert_eq!(tabulate("abcdefghij\tb\n"), "abcdefghij   b\n");
        assert_eq!(tabulate("abcdefg\tb\n"), "abcdefg   b\n");
        assert_eq!(tabulate("abcdefgh\tb\n"), "abcdefgh   b\n");
    }

    #[test]
    fn trailing_cell_not_padded_and_no_newline() {
        assert_eq!(tabulate("a\tb"), "a         b");
        assert_eq!(tabulate("abc"), "abc");
        assert_eq!(tabulate(""), "");
        assert_eq!(tabulate("x\n"), "x\n");
    }

    #[test]
    fn empty_cells_are_padded() {
        assert_eq!(tabulate("\tb\nxx\tc\n"), "          b\nxx        c\n");
    }

    #[test]
    fn column_blocks_are_contiguous() {
        // Go's doc example: b and c are in distinct column blocks.
        let input = "aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n";
        let w = TabWriter::new(0, 1, 1, '.').clone();
        let mut w = w;
        w.write_str(input);
        let got = w.flush();
        assert_eq!(got, "aaaa.bbb.d\naa...b...dd\na....\naa...cccc.eee\n");
    }

    #[test]
    fn line_without_tabs_breaks_blocks() {
        let got = tabulate("a\tb\nplain\nlonger-cell-here\tc\n");
        assert_eq!(got, "a         b\nplain\nlonger-cell-here   c\n");
    }

    #[test]
    fn wide_and_multibyte_text() {
        // é is one column; 日本 is four columns wide.
        assert_eq!(tabulate("é\tx\n"), "é         x\n");
        assert_eq!(
            tabulate("日本語テキスト\tx\nab\ty\n"),
            "日本語テキスト   x\nab               y\n"
        );
    }

    #[test]
    fn form_feed_flushes_blocks() {
        let got = tabulate("a\tb\n\u{c}abcdefghijkl\tc\n");
        assert_eq!(got, "a         b\n\nabcdefghijkl   c\n");
    }

    #[test]
    fn tab_padding() {
        let mut w = TabWriter::new(0, 8, 1, '\t');
        w.write_str("a\tb\nabcdefgh\tc\n");
        assert_eq!(w.flush(), "a\t\tb\nabcdefgh\tc\n");
    }

    #[test]
    fn docker_ps_like() {
        let input =
            "CONTAINER ID\tIMAGE\tCOMMAND\tNAMES\n0123456789ab\tbusybox\t\"sh\"\tweird_name\n";
        let got = tabulate(input);
        assert_eq!(
            got,
            "CONTAINER ID   IMAGE     COMMAND   NAMES\n0123456789ab   busybox   \"sh\"      weird_name\n"
        );
    }
}
