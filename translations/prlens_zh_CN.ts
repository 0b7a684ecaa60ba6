<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>prlens: this command is not available yet.</source>
        <translation>prlens：此命令尚不可用。</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not a JSON array of pull requests (%1 at byte %2).</source>
        <translation>不是拉取请求的 JSON 数组（第 %2 字节处：%1）。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>PR Lens</source>
        <translation>PR Lens</translation>
    </message>
</context>
</TS>
