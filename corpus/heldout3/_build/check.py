import json,glob,re,os
D='/work/main/corpus/heldout3'
NW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|this year|last year|next year|ago|half|double|twice)\b'
for g in sorted(glob.glob(D+'/gold/*.json')):
    d=json.load(open(g)); t=open(os.path.join(D,d['article']),encoding='utf-8').read()
    spans=[]
    for r in d['records']:
        assert t[r['start']:r['end']]==r['text'],(g,r)
        if r['kind']=='firm':
            for a,b in r['mentions']: 
                assert t[a:b] in [r['name']]+r['aliases'],(r['name'],t[a:b])
        if r['kind']!='firm': spans.append((r['start'],r['end']))
    # body bounds approx: min/max record offsets
    lo=min(s for s,e in spans); hi=max(e for s,e in spans)
    print('==',d['article'])
    for m in re.finditer(r'\d+(?:[.,]\d+)*|'+NW,t,flags=re.I):
        a,b=m.span()
        if a<lo-400 or b>hi+300: continue
        if any(s<=a and b<=e for s,e in spans): continue
        print('   ',repr(t[max(0,a-30):b+20].replace('\n',' ')))
