//! QR codes as inline SVG, rendered on the server.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG image of `data`, sized by its `viewBox` so CSS can scale it.
pub fn svg(data: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .dark_color(svg::Color("#111827"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_an_svg() {
        let image = super::svg("otpauth://totp/Trestle:ada%40example.com?secret=ABC").unwrap();
        assert!(image.contains("<svg"));
        assert!(image.contains("viewBox"));
    }
}
