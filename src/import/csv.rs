//! A CSV of `validator_index,withdrawal_credentials`, with or without a header and with or
//! without `0x`: what people export from a block explorer or a spreadsheet.

use crate::import::{
    hex, lenient, validator_index, CheckedSink, EntryPlace, ImportError, ImportFormat,
    ImportSummary, ImportedValidator,
};

pub(crate) fn scan_csv(
    bytes: &[u8],
    sink: &mut CheckedSink<'_>,
) -> Result<ImportSummary, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let mut read = 0;
    for (number, line) in text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
    {
        if line.is_empty() {
            continue;
        }
        let columns: Vec<&str> = line.split(',').map(str::trim).collect();
        if columns.len() != 2 {
            return Err(ImportError::CsvColumns {
                line: number,
                columns: columns.len(),
            });
        }
        let is_header = read == 0
            && columns[0].eq_ignore_ascii_case("validator_index")
            && columns[1].eq_ignore_ascii_case("withdrawal_credentials");
        if is_header {
            continue;
        }
        let entry = EntryPlace::CsvLine(number);
        sink.accept(ImportedValidator {
            index: validator_index(&entry, "validator_index", columns[0])?,
            pubkey: None,
            withdrawal_credentials: hex(&entry, "withdrawal_credentials", columns[1], lenient)?,
            status: None,
        })?;
        read += 1;
    }
    Ok(ImportSummary {
        format: ImportFormat::Csv,
        chain: None,
        validators_read: read,
    })
}

#[cfg(test)]
mod tests {
    use crate::import::tests::{err, CREDS};
    use crate::import::{parse_validator_import, ImportError, ImportFormat};

    #[test]
    fn csv_with_or_without_header() {
        let text = format!(
            "validator_index,withdrawal_credentials\r\n12,{CREDS}\r\n\r\n 13 , {}\n",
            &CREDS[2..]
        );
        let import = parse_validator_import(text.as_bytes()).unwrap();
        assert_eq!(import.format, ImportFormat::Csv);
        let indices: Vec<u64> = import.validators.iter().map(|v| v.index).collect();
        assert_eq!(indices, [12, 13]);
        assert_eq!(import.validators[1].pubkey, None);
        assert_eq!(
            parse_validator_import(format!("5,{CREDS}").as_bytes())
                .unwrap()
                .validators
                .len(),
            1
        );
    }

    #[test]
    fn malformed_csv_names_the_line_and_field() {
        assert_eq!(
            err(&format!("7,{CREDS},x")),
            "CSV line 1 has 3 columns; each line must be validator_index,withdrawal_credentials"
        );
        assert_eq!(
            err(&format!("7,{CREDS}\n-8,{CREDS}")),
            "CSV line 2: validator_index \"-8\" is not a decimal uint64"
        );
        assert_eq!(
            err("7,0x00ab"),
            "CSV line 1: withdrawal_credentials is 2 bytes; it must be 32"
        );
        assert_eq!(
            err(&format!("7,{CREDS}\n7,{CREDS}")),
            "validator 7 appears twice in the import"
        );
        assert_eq!(
            err("validator_index,withdrawal_credentials\n"),
            "the import lists no validators"
        );
        assert_eq!(
            parse_validator_import(b"7,\xff\xfe"),
            Err(ImportError::NotUtf8)
        );
    }
}
