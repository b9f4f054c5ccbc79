//! Block IO flags: `--blkio-weight-device` (`opts.ValidateWeightDevice`) and the four
//! `--device-{read,write}-{bps,iops}` throttles (`ValidateThrottle{Bps,IOps}Device`), with
//! docker's messages.

use bollard::models::{ResourcesBlkioWeightDevice, ThrottleDevice};

/// `PATH:VALUE` with a `/dev/` path.
fn split(val: &str) -> Result<(&str, &str), String> {
    let (k, v) = val
        .split_once(':')
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| format!("bad format: {val}"))?;
    if !k.starts_with("/dev/") {
        return Err(format!("bad format for device path: {val}"));
    }
    Ok((k, v))
}

/// `--blkio-weight-device /dev/sda:200`: a weight of 0 or 10 to 1000.
pub fn weight_device(val: &str) -> Result<ResourcesBlkioWeightDevice, String> {
    let (path, v) = split(val)?;
    let invalid = || format!("invalid weight for device: {val}");
    let weight: u16 = v.parse().map_err(|_| invalid())?;
    if weight > 0 && !(10..=1000).contains(&weight) {
        return Err(invalid());
    }
    Ok(ResourcesBlkioWeightDevice {
        path: Some(path.to_string()),
        weight: Some(usize::from(weight)),
    })
}

/// `--device-read-bps /dev/sda:1mb`: a RAM size.
pub fn throttle_bps(val: &str) -> Result<ThrottleDevice, String> {
    let (path, v) = split(val)?;
    let rate = super::size::ram_in_bytes(v)
        .ok()
        .filter(|r| *r >= 0)
        .ok_or_else(|| format!("invalid rate for device: {val}. The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb"))?;
    Ok(ThrottleDevice {
        path: Some(path.to_string()),
        rate: Some(rate),
    })
}

/// `--device-read-iops /dev/sda:1000`: an unsigned number.
pub fn throttle_iops(val: &str) -> Result<ThrottleDevice, String> {
    let (path, v) = split(val)?;
    let rate: u64 = v.parse().map_err(|_| {
        format!("invalid rate for device: {val}. The correct format is <device-path>:<number>. Number must be a positive integer")
    })?;
    Ok(ThrottleDevice {
        path: Some(path.to_string()),
        // The engine's field is a uint64; bollard's an i64.
        rate: Some(rate as i64),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_like_docker() {
        assert_eq!(weight_device("/dev/sda:200").unwrap().weight, Some(200));
        assert_eq!(
            weight_device("sda:200").unwrap_err(),
            "bad format for device path: sda:200"
        );
        assert_eq!(
            weight_device("/dev/sda").unwrap_err(),
            "bad format: /dev/sda"
        );
        assert_eq!(
            weight_device("/dev/sda:5").unwrap_err(),
            "invalid weight for device: /dev/sda:5"
        );
        assert_eq!(throttle_bps("/dev/sda:1mb").unwrap().rate, Some(1 << 20));
        assert!(throttle_bps("/dev/sda:x").unwrap_err().starts_with("invalid rate for device: /dev/sda:x. The correct format is <device-path>:<number>[<unit>]."));
        assert_eq!(throttle_iops("/dev/sda:1000").unwrap().rate, Some(1000));
        assert!(throttle_iops("/dev/sda:-1").is_err());
    }
}
