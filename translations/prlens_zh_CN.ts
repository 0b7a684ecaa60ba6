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
<context>
    <name>PrLens::CachedWeekSource</name>
    <message>
        <source>Week %1 of %2 is not in the cache; connect and refresh.</source>
        <translation>%2 的第 %1 周不在缓存中；请联网后刷新。</translation>
    </message>
    <message>
        <source>The changes of PR #%1 of %2 are not in the cache; connect and open it again.</source>
        <translation>%2 的 PR #%1 的改动不在缓存中；请联网后重新打开。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
</context>
<context>
    <name>PrLens::WeekCache</name>
    <message>
        <source>Could not open the cache file %1: %2</source>
        <translation>无法打开缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>The cache file %1 is not usable and could not be moved aside; remove it by hand.</source>
        <translation>缓存文件 %1 无法使用，且无法移到一旁；请手动删除它。</translation>
    </message>
    <message>
        <source>The cache file %1 was damaged. It was moved to %2 and a new, empty cache was created; weeks will be loaded again.</source>
        <translation>缓存文件 %1 已损坏。它已被移到 %2，并创建了一个新的空缓存；各周数据将重新加载。</translation>
    </message>
    <message>
        <source>The file %1 is not a PR Lens cache. It was moved to %2 and a new, empty cache was created; check which program uses that file.</source>
        <translation>文件 %1 不是 PR Lens 的缓存。它已被移到 %2，并创建了一个新的空缓存；请检查是哪个程序在使用该文件。</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer PR Lens. It was moved to %2 and a new, empty cache was created.</source>
        <translation>缓存文件 %1 由更新版本的 PR Lens 写入。它已被移到 %2，并创建了一个新的空缓存。</translation>
    </message>
    <message>
        <source>Could not write to the cache file %1: %2</source>
        <translation>无法写入缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the folder for the cache file %1.</source>
        <translation>无法为缓存文件 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
</context>
</TS>
