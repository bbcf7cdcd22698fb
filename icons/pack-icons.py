#!/usr/bin/env python3
"""Packs the app icon's PNGs into a Windows .ico and a macOS .icns (python3 stdlib only).

Both containers hold the PNG files unchanged, so their bytes follow from the PNGs':
    pack-icons.py ico OUT.ico SIZE=PNG...
    pack-icons.py icns OUT.icns TYPE=PNG...
"""
import struct
import sys


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return data, width, height


def ico(entries):
    # ICONDIR, then one 16-byte ICONDIRENTRY per image, then the PNG payloads
    # (PNG-compressed entries are read by Windows Vista and later at every size).
    images = [read_png(path) for path in entries]
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for data, width, height in images:
        if width > 256 or height > 256:
            sys.exit("an .ico entry is at most 256 px")
        out += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for data, _, _ in images:
        out += data
    return bytes(out)


# The PNG-capable icns types and the pixel size each expects.
ICNS_SIZES = {
    "icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512,
    "ic10": 1024, "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512,
}


def icns(entries):
    # 'icns' + total length, then chunks of 4-byte type + length (header included) + PNG.
    body = bytearray()
    for kind, path in entries:
        data, width, height = read_png(path)
        expected = ICNS_SIZES.get(kind)
        if expected is None:
            sys.exit(f"unknown icns type {kind}")
        if (width, height) != (expected, expected):
            sys.exit(f"{path}: {kind} wants {expected} px, the file is {width}x{height}")
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + bytes(body)


def main(argv):
    if len(argv) < 4 or argv[1] not in ("ico", "icns"):
        sys.exit(__doc__)
    pairs = [arg.split("=", 1) for arg in argv[3:]]
    data = ico([path for _, path in pairs]) if argv[1] == "ico" else icns(pairs)
    with open(argv[2], "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main(sys.argv)
