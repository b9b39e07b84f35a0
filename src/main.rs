//! The `coil` binary: the command-line front end in `coil::cli`, on mimalloc.

#[global_allocator]
static ALLOCATOR: coil::Mimalloc = coil::Mimalloc;

fn main() -> std::process::ExitCode {
    coil::cli::main()
}
