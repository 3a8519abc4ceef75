from __future__ import annotations

from service.ingest.decoding import decode_body

CHINESE = "国家药品监督管理局批准了该药品的上市申请，用于治疗晚期实体瘤患者。" * 4


def test_http_charset_wins() -> None:
    text, encoding = decode_body(CHINESE.encode("gbk"), "text/html; charset=GBK")
    assert text == CHINESE and encoding == "gb18030"


def test_meta_charset_when_the_header_has_none() -> None:
    body = b'<meta charset="gb2312">' + CHINESE.encode("gb2312")
    assert CHINESE in decode_body(body, "text/html")[0]


def test_a_wrong_header_falls_back_to_what_decodes() -> None:
    text, encoding = decode_body(CHINESE.encode("utf-8"), "text/html; charset=ascii")
    assert text == CHINESE and encoding == "utf-8"


def test_detection_without_any_label() -> None:
    text, _ = decode_body(CHINESE.encode("gb18030"), None)
    assert text == CHINESE


def test_big5_by_label() -> None:
    traditional = "國家藥品監督管理局核准新藥上市。" * 4
    assert decode_body(traditional.encode("big5"), "text/html; charset=big5")[0] == traditional


def test_utf8_bom() -> None:
    assert decode_body(b"\xef\xbb\xbfhello", "text/html; charset=latin-1") == ("hello", "utf-8")
