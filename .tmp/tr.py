# Helper for the translation sweep: edits files and adds messages to src/i18n/ui.rs.
import sys
ROOT='/work/wt-editor/'
def msgs(pairs):
    p=ROOT+'src/i18n/ui.rs'; s=open(p).read()
    end=s.rindex("    }\n}")
    existing=s
    add=''
    for name,en,fr in pairs:
        if ('        '+name+' =>') in existing: continue
        add+='        %s => {\n            en: %s,\n            fr: %s,\n        },\n'%(name,rs(en),rs(fr))
    s=s[:end]+add+s[end:]
    open(p,'w').write(s)
def rs(t):
    return '"'+t.replace('\\','\\\\').replace('"','\\"').replace('\u00a0','\\u{a0}').replace('\u202f','\\u{202f}')+'"'
def edit(path, reps):
    p=ROOT+path; s=open(p).read()
    for a,b in reps:
        if a not in s:
            print("MISSING in",path,":",a[:80]); continue
        s=s.replace(a,b)
    open(p,'w').write(s)
