import colorsys

for rgb in [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.2, 0.4, 0.4), (0.25, 0.5, 0.75), (0.9, 0.1, 0.5)]:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print("  back", colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
print(colorsys.hsv_to_rgb(0.99, 0.5, 0.5), colorsys.hls_to_rgb(0.5, 0.75, 0.5), colorsys.yiq_to_rgb(1.0, 1.0, 1.0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(colorsys.rgb_to_hls(1.0, 1.0, 0.9999999999999999))
