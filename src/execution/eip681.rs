//! ERC-681 ("URL Format for Transaction Requests"): a request's transaction as an `ethereum:`
//! URI, for wallets that open such links and for QR codes.
//!
//! ERC-681's grammar is
//! `schema_prefix target_address [ "@" chain_id ] [ "/" function_name ] [ "?" parameters ]`,
//! with `value` "in the atomic unit (i.e. wei)" and `number` = `[ "-" / "+" ] *DIGIT [ "."
//! 1*DIGIT ] [ ( "e" / "E" ) [ 1*DIGIT ] ]`. Its keys are `value`, `gas`, `gasLimit`,
//! `gasPrice` and ABI type names: raw calldata has no key of its own (ERC-67, which ERC-681
//! superseded, called it `bytecode`). The wallet writes it as `data=0x…`, the key wallets that
//! take raw calldata in an `ethereum:` URI read, and says so in the README. A wallet that
//! drops an unknown key would send the value with empty calldata: the request contracts'
//! fee getter path then reverts (`callvalue` is nonzero), so the fee is not lost.

use crate::consensus::execution_address::ExecutionAddress;
use crate::execution::Wei;

/// `ethereum:<to>@<chain_id>?value=<wei>&data=0x<calldata>`: the address EIP-55 checksummed
/// (hex digits are case-insensitive in the grammar), the chain ID and the value in decimal.
pub fn transaction_request_url(
    to: &ExecutionAddress,
    chain_id: u64,
    value: Wei,
    data: &[u8],
) -> String {
    format!(
        "ethereum:{}@{chain_id}?value={value}&data=0x{}",
        to.to_checksummed(),
        hex::encode(data)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader of ERC-681's grammar, written from its ABNF: the target, the chain ID, and
    /// each `key=value` parameter, each checked against its production.
    /// The target, the chain ID and the parameters of a URL.
    type Parsed = (String, Option<String>, Vec<(String, String)>);

    fn parse(url: &str) -> Result<Parsed, String> {
        let rest = url.strip_prefix("ethereum:").ok_or("schema")?;
        let rest = rest.strip_prefix("pay-").unwrap_or(rest);
        let (head, query) = rest.split_once('?').unwrap_or((rest, ""));
        if head.contains('/') {
            return Err("a function_name is not expected".into());
        }
        let (target, chain_id) = match head.split_once('@') {
            Some((target, chain_id)) => (target, Some(chain_id)),
            None => (head, None),
        };
        let address = target.strip_prefix("0x").ok_or("target_address")?;
        if address.len() != 40 || !address.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err("target_address: 0x and 40 HEXDIG".into());
        }
        if let Some(chain_id) = chain_id {
            // chain_id = 1*DIGIT
            if chain_id.is_empty() || !chain_id.bytes().all(|b| b.is_ascii_digit()) {
                return Err("chain_id".into());
            }
        }
        let mut parameters = Vec::new();
        for parameter in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = parameter
                .split_once('=')
                .ok_or("parameter = key \"=\" value")?;
            if key == "value" {
                // number, and "only integer numbers are allowed": plain digits here.
                if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                    return Err("value must be a number".into());
                }
            }
            // STRING: delimiters and "%" must be percent-encoded.
            if value
                .bytes()
                .any(|b| matches!(b, b'&' | b'?' | b'#' | b'%' | b'/' | b' '))
            {
                return Err(format!("{key}: an unencoded delimiter"));
            }
            parameters.push((key.to_owned(), value.to_owned()));
        }
        Ok((target.to_owned(), chain_id.map(str::to_owned), parameters))
    }

    #[test]
    fn the_url_follows_erc_681s_grammar() {
        let to = ExecutionAddress(
            hex::decode("00000961Ef480Eb55e80D19ad83579A64c007002")
                .unwrap()
                .try_into()
                .unwrap(),
        );
        let data = [0xab; 56];
        let url = transaction_request_url(&to, 560_048, 1, &data);
        assert_eq!(
            url,
            format!(
                "ethereum:0x00000961Ef480Eb55e80D19ad83579A64c007002@560048?value=1&data=0x{}",
                "ab".repeat(56)
            )
        );
        let (target, chain_id, parameters) = parse(&url).unwrap();
        assert_eq!(target, "0x00000961Ef480Eb55e80D19ad83579A64c007002");
        assert_eq!(chain_id.as_deref(), Some("560048"));
        assert_eq!(
            parameters,
            vec![
                ("value".to_owned(), "1".to_owned()),
                ("data".to_owned(), format!("0x{}", "ab".repeat(56)))
            ]
        );
        // The largest value is still plain digits (no exponent, no fraction).
        let big = transaction_request_url(&to, 1, u128::MAX, &data);
        assert!(big.contains(&format!("?value={}&", u128::MAX)));
        assert!(parse(&big).is_ok());
        // The reader itself refuses what the grammar refuses.
        assert!(parse("ethereum:0x00@1").is_err());
        assert!(parse("ethereum:0x00000961Ef480Eb55e80D19ad83579A64c007002@x").is_err());
        assert!(parse("ethereum:0x00000961Ef480Eb55e80D19ad83579A64c007002?value=0.1").is_err());
    }
}
