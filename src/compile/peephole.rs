//! Superinstructions: common runs of two or three instructions are executed by
//! one dispatch. The run's first instruction is overwritten by the fused form;
//! the others stay where they were, so jumps into the middle of a run, the line
//! table and `--dis` (which shows `Instr::unfused`) see the original program.

use crate::compile::bytecode::Instr;

/// Rewrites the first instruction of each fusable run in place; the run is as long as
/// the superinstruction's `Instr::width`.
pub fn fuse(instrs: &mut [Instr]) {
    let mut pc = 0;
    while pc < instrs.len() {
        let next = |k: usize| instrs.get(pc + k).copied();
        let fused = match (instrs[pc], next(1), next(2)) {
            (Instr::LoadFast(a), Some(Instr::LoadConst(c)), Some(Instr::BinaryOp(op) | Instr::InplaceOp(op))) => {
                small2(a, c).map(|(a, c)| Instr::FastConstOp(a, c, op))
            }
            (Instr::LoadFast(a), Some(Instr::LoadConst(c)), Some(Instr::CompareOp(op))) => {
                small2(a, c).map(|(a, c)| Instr::FastConstCmp(a, c, op))
            }
            (Instr::LoadFast(a), Some(Instr::Return), _) => Some(Instr::ReturnFast(a)),
            (Instr::LoadConst(c), Some(Instr::Return), _) => Some(Instr::ReturnConst(c)),
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), Some(Instr::BinaryOp(op) | Instr::InplaceOp(op))) => {
                small2(a, b).map(|(a, b)| Instr::FastFastOp(a, b, op))
            }
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), Some(Instr::StoreAttr(n))) => {
                small2(a, b).and_then(|(a, b)| Some(Instr::FastStoreAttr(a, b, u16::try_from(n).ok()?)))
            }
            (Instr::LoadFast(a), Some(Instr::StoreAttr(n)), _) => {
                small2(a, n).map(|(a, n)| Instr::StoreAttrOfFast(a, n))
            }
            (Instr::LoadFast(a), Some(Instr::LoadFast(b)), _) => small2(a, b).map(|(a, b)| Instr::LoadFastFast(a, b)),
            (Instr::LoadFast(a), Some(Instr::LoadConst(c)), _) => small2(a, c).map(|(a, c)| Instr::LoadFastConst(a, c)),
            (Instr::LoadFast(a), Some(Instr::LoadAttr(n)), _) => small2(a, n).map(|(a, n)| Instr::LoadFastAttr(a, n)),
            (Instr::LoadConst(c), Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)), _) => {
                u16::try_from(c).ok().map(|c| Instr::ConstOp(c, op))
            }
            (Instr::LoadConst(c), Some(Instr::CompareOp(op)), _) => {
                u16::try_from(c).ok().map(|c| Instr::ConstCmp(c, op))
            }
            (Instr::StoreFast(a), Some(Instr::LoadFast(b)), _) => {
                small2(a, b).map(|(a, b)| Instr::StoreFastLoadFast(a, b))
            }
            _ => None,
        };
        match fused {
            Some(instr) => {
                instrs[pc] = instr;
                pc += instr.width();
            }
            None => pc += 1,
        }
    }
}

/// Both operands, when each fits a superinstruction's 16-bit field.
fn small2(a: u32, b: u32) -> Option<(u16, u16)> {
    Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::BinOp;

    #[test]
    fn fuses_runs_and_keeps_the_tail_in_place() {
        let mut code = vec![
            Instr::LoadFast(0),
            Instr::LoadConst(1),
            Instr::BinaryOp(BinOp::Sub),
            Instr::LoadFast(1),
            Instr::LoadFast(2),
            Instr::Return,
        ];
        fuse(&mut code);
        assert_eq!(code[0], Instr::FastConstOp(0, 1, BinOp::Sub));
        assert_eq!(code[1], Instr::LoadConst(1));
        assert_eq!(code[2], Instr::BinaryOp(BinOp::Sub));
        assert_eq!(code[3], Instr::LoadFastFast(1, 2));
        assert_eq!(code[4], Instr::LoadFast(2));
        assert_eq!(code[0].unfused(), Instr::LoadFast(0));
    }

    #[test]
    fn widths_cover_the_fused_runs() {
        use crate::syntax::ast::CmpOp;
        let runs: &[&[Instr]] = &[
            &[Instr::LoadFast(0), Instr::LoadConst(1), Instr::BinaryOp(BinOp::Add)],
            &[Instr::LoadFast(0), Instr::LoadConst(1), Instr::CompareOp(CmpOp::Lt)],
            &[Instr::LoadFast(0), Instr::LoadFast(1), Instr::InplaceOp(BinOp::Add)],
            &[Instr::LoadFast(0), Instr::LoadFast(1), Instr::StoreAttr(2)],
            &[Instr::LoadFast(0), Instr::Return],
            &[Instr::LoadConst(0), Instr::Return],
            &[Instr::LoadFast(0), Instr::StoreAttr(1)],
            &[Instr::LoadFast(0), Instr::LoadFast(1)],
            &[Instr::LoadFast(0), Instr::LoadConst(1)],
            &[Instr::LoadFast(0), Instr::LoadAttr(1)],
            &[Instr::LoadConst(0), Instr::BinaryOp(BinOp::Mult)],
            &[Instr::LoadConst(0), Instr::CompareOp(CmpOp::Eq)],
            &[Instr::StoreFast(0), Instr::LoadFast(1)],
        ];
        for run in runs {
            let mut code = run.to_vec();
            code.extend([Instr::Rot2, Instr::LoadFast(7), Instr::LoadFast(8)]);
            fuse(&mut code);
            assert_eq!(code[0].width(), run.len(), "{:?}", code[0]);
            assert_eq!(code[0].unfused(), run[0]);
            assert_eq!(&code[1..run.len()], &run[1..]);
            assert_eq!(code[run.len() + 1], Instr::LoadFastFast(7, 8));
        }
    }

    #[test]
    fn large_operands_are_left_alone() {
        let mut code = vec![Instr::LoadFast(70_000), Instr::LoadFast(1), Instr::Return];
        fuse(&mut code);
        assert_eq!(code[0], Instr::LoadFast(70_000));
    }
}
