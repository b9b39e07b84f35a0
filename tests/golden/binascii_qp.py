import binascii as b
for s in [b'=', b'= ', b'==', b'=\nAB', b'=\r\nAB', b'=\rAB', b'=\rAB\nCD', b'=AB', b'=ab', b'=AX', b'=XA', b'=A', b'_', b'=00\r\n=00', b'= \nX', b'=\t\r\nX', b'=  ', b'a=\r', b'=\n', b'=3', b'==41', b'a\r\nb', b'=4g', 'x=41']:
    print(s, b.a2b_qp(s), b.a2b_qp(s, header=True))
for s in [b'\xff\r\n\xff\n\xff', b'0'*75+b'\xff\r\n\xff\r\n\xff', b'\x7f', b'=', b'_', b'x y', b'x ', b'x\ty', b' ', b'\t', b' x', b'\tx', b'\0', b'\0\n', b'x y\tz', b'x \ny\t\n', b'x \ry\t\r', b'x \r\ny\t\r\n', b'x \r', b'x\t\r', b'.', b'.\n', b'.\r', b'.\0', b'a.\n', b'x'*76+b'\n', b'x'*76, b'x'*77, b'x'*75+b' ', b'x'*74+b' \n', b'x'*75+b'\r\n'+b'y'*80, b'x '*50, b'\t'*80, b' '*80+b'\n', b'a'*74+b'\xff\xff', b'a'*73+b'\xff', b'a'*72+b'\xff', b'. a', b'\n.\n', b'a\r\n.', b'\r', b'\r\r\n', b'x\n\r\n', bytes(range(256)), b'', b'  \n  \r\n', b'x'*200+b'\n'+b'=' * 40]:
    print(s, b.b2a_qp(s), b.b2a_qp(s, header=True), b.b2a_qp(s, istext=False), b.b2a_qp(s, quotetabs=True), b.b2a_qp(s, True, False, True))
for f in [lambda: b.b2a_qp('x'), lambda: b.a2b_qp(5), lambda: b.a2b_qp(data=b'', header=False)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
