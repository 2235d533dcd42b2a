import json,glob,os,re
D='/work/main/corpus/heldout3'
M={'L01':('SHANGHAI, Oct 2 (Reuters)','fallen about 9%.'),'L02':('BEIJING, March 18 (Xinhua)','Beijing South Railway Station.'),
'L03':('Nio now has battery swap partnerships','in the fourth quarter.'),'L04':('An employee of an insurance company','a month of profit," he said.'),
'L05':('A worker inspects NdFeB','forecast by Adamas Intelligence.'),'L06':('Recyclers in the Yangtze','of the same age.'),
'L07':('(ECNS) -- The BYD','is a good example," he said.'),'L08':("Tesla's largest recall in its biggest",'on public roads this year.'),
'L09':('Three autonomous heavy trucks travel','pilots on expressways.'),'L10':('A Suzhou startup says','1 GWh in 2023.')}
REQ={'money':['value','currency','qualifier','value_max','year','usd','usd_basis'],'percentage':['value','points','role','qualifier','value_max','year'],
'figure':['value','unit','qualifier','value_max','year'],'year':['value','role'],'firm':['name','aliases','mentions'],'target':['year','value','unit','subject']}
Q={None,'over','at_least','under','at_most','about','nearly'}
from collections import Counter
tot=Counter(); errs=0
for g in sorted(glob.glob(D+'/gold/*.json')):
    d=json.load(open(g)); stem=os.path.basename(g)[:-5]
    assert d['article']==stem+'.txt' and os.path.exists(os.path.join(D,d['article']))
    t=open(os.path.join(D,d['article']),encoding='utf-8').read()
    bs=t.index(M[stem[:3]][0]); be=t.index(M[stem[:3]][1])+len(M[stem[:3]][1])
    # headline must be before bs
    assert t.index(d['title'])<bs, stem
    wc=len(t[bs:be].split())
    c=Counter()
    for r in d['records']:
        k=r['kind']; c[k]+=1
        for f in ['kind','text','start','end','sentence']+REQ[k]:
            if f not in r: print('missing',stem,k,f,r['text']); errs+=1
        if t[r['start']:r['end']]!=r['text']: print('offset',stem,r); errs+=1
        if not(bs<=r['start'] and r['end']<=be): print('outside body',stem,r['text']); errs+=1
        if r['text'] not in r['sentence']: print('sentence',stem,r['text']); errs+=1
        if k in('money','percentage','figure') and r['qualifier'] not in Q: print('qual',stem,r); errs+=1
        if k=='year': assert r['role'] in ('reference','target','period','relative') and isinstance(r['value'],int)
        if k=='percentage': assert r['role'] in ('share','change','rate',None) and isinstance(r['points'],bool)
        if k=='money':
            assert re.fullmatch('[A-Z]{3}',r['currency'])
            assert (r['usd'] is None)==(r['usd_basis'] is None)
            if r['currency']=='USD': assert r['usd_basis']=='identity' and r['usd']==r['value']
        if k=='firm':
            for a,b in r['mentions']:
                if t[a:b] not in [r['name']]+r['aliases']: print('mention',stem,t[a:b]); errs+=1
                if not(bs<=a and b<=be): print('mention outside',stem,a); errs+=1
            assert [r['start'],r['end']]==r['mentions'][0]
            for n in [r['name']]+r['aliases']: assert n in t[bs:be], n
        if k=='target':
            assert r['year'] is None or isinstance(r['year'],int)
    tot+=c
    print(stem,'body words',wc,dict(c))
print('TOTAL',dict(tot),sum(tot.values()),'errors',errs)
