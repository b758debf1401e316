//! Text written as HTML, for the parts of the widget whose words hold no controls of their own:
//! the map, the timeline, a step's title, body, answers and sources, a mail's text, the words of
//! the language switch, the clock's jump buttons and the panel tabs. One `inner_html` makes the browser build
//! such a part from a string, so it costs no Leptos view state and none of Leptos's `<!---->`
//! anchors (one per element and per view that may change): about a third of the nodes a widget
//! would otherwise keep, which is what many widgets on one page pay for. Every journey text is
//! escaped; addresses are `http(s)` only (the parser's rule).
//!
//! The helpers are not inlined: they are called from many places, and one copy of each is smaller
//! than one at every call.

use super::fmt::{Block, blocks, marked_runs};

/// `text` escaped for HTML text and attribute values.
#[inline(never)]
pub fn esc(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// [`super::fmt::inline`] as HTML: `text` escaped, its English runs in `<span lang="en">`.
#[inline(never)]
pub fn inline_html(text: &str, ja: bool, out: &mut String) {
    for (run, en) in marked_runs(text, ja) {
        if en {
            out.push_str("<span lang=\"en\">");
            esc(run, out);
            out.push_str("</span>");
        } else {
            esc(run, out);
        }
    }
}

/// [`inline_html`] as a string of its own.
pub fn inline(text: &str, ja: bool) -> String {
    let mut out = String::new();
    inline_html(text, ja, &mut out);
    out
}

/// [`paragraphs_html`] as a string of its own.
pub fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    paragraphs_html(text, &mut out);
    out
}

/// ` name="value"`, the value escaped.
#[inline(never)]
pub fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    esc(value, out);
    out.push('"');
}

/// Journey text as paragraphs, lists and command blocks (see [`blocks`]), as HTML.
pub fn paragraphs_html(text: &str, out: &mut String) {
    for block in blocks(text) {
        match block {
            Block::Paragraph(p) => {
                out.push_str("<p>");
                inline_html(p, false, out);
                out.push_str("</p>");
            }
            Block::List(items) => {
                out.push_str("<ul>");
                for item in items {
                    out.push_str("<li>");
                    inline_html(item, false, out);
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
            }
            Block::Code(code) => {
                out.push_str("<pre class=\"cli\" lang=\"en\" translate=\"no\"><code>");
                esc(code, out);
                out.push_str("</code></pre>");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journey_text_is_escaped_and_english_runs_marked() {
        let mut out = String::new();
        inline_html("「Sign in」<b>&\"'", true, &mut out);
        assert_eq!(
            out,
            "「<span lang=\"en\">Sign in</span>」&lt;b&gt;&amp;&quot;&#39;"
        );
        let mut out = String::new();
        inline_html("「Troubleshoot MFA」を押す", true, &mut out);
        assert_eq!(out, "「<span lang=\"en\">Troubleshoot MFA</span>」を押す");
        let mut out = String::new();
        inline_html("AWS IAM", true, &mut out);
        assert_eq!(out, "<span lang=\"en\">AWS IAM</span>");
        let mut out = String::new();
        inline_html("AWS IAM <x>", false, &mut out);
        assert_eq!(out, "AWS IAM &lt;x&gt;");
    }

    #[test]
    fn blocks_become_paragraphs_lists_and_commands() {
        let mut out = String::new();
        paragraphs_html(
            "One <a>.\n\n- first\n- second\n\n$ aws iam list-mfa-devices\n{}",
            &mut out,
        );
        assert_eq!(
            out,
            "<p>One &lt;a&gt;.</p><ul><li>first</li><li>second</li></ul>\
             <pre class=\"cli\" lang=\"en\" translate=\"no\"><code>$ aws iam list-mfa-devices\n{}</code></pre>"
        );
    }
}
