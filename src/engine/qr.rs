//! The enrollment QR code: qrcodegen encodes, and the modules become one SVG path, so the widget
//! ships vector markup (crisp at any zoom, printable) instead of a PNG.

use qrcodegen::{QrCode, QrCodeEcc};

/// Quiet zone around the symbol, in modules (the QR specification asks for four).
pub const BORDER: i32 = 4;

/// A QR symbol ready to draw: a square of `size` units (quiet zone included) and the path data
/// of its dark modules in those units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    pub size: i32,
    pub path: String,
}

/// Encodes `text` (medium error correction, as authenticator QR codes commonly use).
/// `None` only if the text is too long for any QR version.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if qr.get_module(x, y) {
                // Merge horizontal runs: far fewer path commands than one square per module.
                let start = x;
                while x < n && qr.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + BORDER,
                    y + BORDER,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        size: n + 2 * BORDER,
        path,
    })
}

/// A complete standalone SVG document (used by the print view and by tests).
pub fn svg_document(qr: &QrSvg) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {s} {s}\" shape-rendering=\"crispEdges\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{p}\" fill=\"#000\"/></svg>",
        s = qr.size,
        p = qr.path
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Re-reads the path data into a module grid, so the test checks what is drawn against
    /// qrcodegen's own modules.
    fn modules_from_path(svg: &QrSvg) -> Vec<Vec<bool>> {
        let n = svg.size as usize;
        let mut grid = vec![vec![false; n]; n];
        for cmd in svg.path.split('z').filter(|c| !c.is_empty()) {
            let rest = cmd.strip_prefix('M').unwrap();
            let (xy, tail) = rest.split_once('h').unwrap();
            let (x, y) = xy.split_once(',').unwrap();
            let w: usize = tail.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            for cell in grid[y].iter_mut().skip(x).take(w) {
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn drawn_modules_match_qrcodegen() {
        let text = "otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012?secret=JBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services";
        let svg = qr_svg(text).unwrap();
        let qr = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        assert_eq!(svg.size, qr.size() + 8);
        let grid = modules_from_path(&svg);
        for y in 0..svg.size {
            for x in 0..svg.size {
                let expected = qr.get_module(x - BORDER, y - BORDER);
                assert_eq!(grid[y as usize][x as usize], expected, "module ({x},{y})");
            }
        }
    }

    #[test]
    fn too_long_text_is_refused_not_panicked() {
        assert!(qr_svg(&"x".repeat(10_000)).is_none());
    }

    #[test]
    fn document_is_an_svg() {
        let doc = svg_document(&qr_svg("hello").unwrap());
        assert!(doc.starts_with("<svg ") && doc.ends_with("</svg>"));
    }
}
