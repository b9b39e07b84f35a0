//! `_socket._sendfile(out_fd, in_fd, offset, count)`: one sendfile(2) call
//! from a file to a socket, the fast path of asyncio's `loop.sock_sendfile`
//! (coil's os module has no `os.sendfile`). Both descriptors are the script's
//! numbers, mapped to the kernel's through the descriptor table.

use crate::modules::_select::raw_fd;
use crate::system;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// Sends up to `count` bytes of `in_fd` from `offset` to `out_fd`: the number
/// sent (0 at the end of the file). A full socket raises BlockingIOError.
pub fn sendfile(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::objects::check_args(interp, "_sendfile", args, 4, 4)?;
    let mut ints = [0i64; 4];
    for (slot, v) in ints.iter_mut().zip(args) {
        *slot = interp.index_value(v)?;
    }
    let [out_fd, in_fd, offset, count] = ints;
    if offset < 0 || count < 0 {
        return Err(interp.value_error("offset and count must not be negative"));
    }
    let out_raw = raw_fd(interp, i32::try_from(out_fd).unwrap_or(-1))?;
    let in_raw = raw_fd(interp, i32::try_from(in_fd).unwrap_or(-1))?;
    let mut off = offset as libc::off_t;
    let n = count.min(isize::MAX as i64) as usize;
    // SAFETY: both descriptors are open (the table holds them) and `off` lives across the call.
    let sent = unsafe { libc::sendfile(out_raw, in_raw, &mut off, n) };
    if sent < 0 {
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
        return Err(system::os_error_errno(interp, code, None, None));
    }
    Ok(Value::Int(sent as i64))
}
