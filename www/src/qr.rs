//! QR codes for the air gap: one code per signed message, as SVG.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG QR code holding `text` (error correction level L: the densest, for ~500-byte JSON);
/// else why not, in the page's language (call it where the text may follow the language).
pub fn qr_svg(text: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).map_err(|err| {
        let mut args = crate::i18n::Args::new();
        args.set("detail", err.to_string());
        crate::i18n::text_with("qr-too-long", &args)
    })?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders the code's modules to pixels and decodes them with an independent reader.
    fn decode(text: &str) -> String {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).unwrap();
        let width = code.width();
        let colors = code.to_colors();
        let (scale, quiet) = (4, 4);
        let size = (width + 2 * quiet) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            let (mx, my) = (
                (x / scale).wrapping_sub(quiet),
                (y / scale).wrapping_sub(quiet),
            );
            let dark = mx < width && my < width && colors[my * width + mx] == qrcode::Color::Dark;
            if dark {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn each_signed_change_fits_one_code_that_decodes_back_to_its_json() {
        let file = r#"[{"message": {"validator_index": "100", "from_bls_pubkey": "0x958823db41e63bdb54b8445e454f24a592a44faef7bf1161c482c254d36cd2ffb027af3cc87817064c6a09f54acec5a0", "to_execution_address": "0x71c7656ec7ab88b098defb751b7401b5f6d8976f"}, "signature": "0xb9e6fcdf66962fbaeec762908e7c986c154ba2274fdfe307603d71c465acda49af98a75aa62743fc59a71e678fccd433164247130c1cede0832a17cc61fc21204ec83c7f8fd76848d6520805939547b4c677fca85f98d1f749c428814fd6a6c5", "metadata": {"network_name": "holesky", "genesis_validators_root": "0x9143aa7c615a7f7115e2b6aac319c03529df8242ae705fba9df39b79c59fa8b1", "deposit_cli_version": "1.3.1"}}]"#;
        let file = withdrawal_wallet::OutputFile {
            kind: withdrawal_wallet::FileKind::BlsToExecutionChange,
            file_name: "bls_to_execution_change-1.json".into(),
            json: file.into(),
        };
        let payloads = file.messages().unwrap();
        assert_eq!(payloads.len(), 1);
        assert!(qr_svg(&payloads[0]).unwrap().starts_with("<?xml"));
        let decoded: serde_json::Value = serde_json::from_str(&decode(&payloads[0])).unwrap();
        let original: serde_json::Value = serde_json::from_str(&file.json).unwrap();
        assert_eq!(decoded, original[0]);
    }
}
